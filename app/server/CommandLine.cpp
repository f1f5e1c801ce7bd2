#include "CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <utility>

namespace syncsites {

namespace {

const QString kProgram = QStringLiteral("syncsites-server");

// A parser holding the command's options, --help and --version.
void prepare(QCommandLineParser& parser, const QString& description, const QVector<CommandOption>& options)
{
    parser.setApplicationDescription(CommandLine::wrap(description, 79));
    // `-db FILE` reads as `--db FILE`, not as the short options -d and -b.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const CommandOption& option : options)
        parser.addOption(QCommandLineOption(option.name, option.description, option.valueName));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Shows this help and exits.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("version"), QStringLiteral("Shows the program's version and exits.")));
}

} // namespace

CommandLine::CommandLine(QString command, QString synopsis, QString description, QVector<CommandOption> options)
    : m_command(std::move(command)), m_synopsis(std::move(synopsis)), m_description(std::move(description)),
      m_options(std::move(options))
{}

CommandLine::Parsed CommandLine::parse(const QStringList& arguments) const
{
    QCommandLineParser parser;
    prepare(parser, m_description, m_options);
    Parsed parsed;
    if (!parser.parse(QStringList{kProgram + QLatin1Char(' ') + m_command} + arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parsed.outcome = Outcome::Help;
        return parsed;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parsed.outcome = Outcome::Version;
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.error = QStringLiteral("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst());
        return parsed;
    }
    for (const CommandOption& option : m_options) {
        if (parser.isSet(option.name))
            parsed.values.insert(QStringLiteral("--") + option.name,
                                 option.valueName.isEmpty() ? QString() : parser.value(option.name));
    }
    parsed.outcome = Outcome::Run;
    return parsed;
}

QString CommandLine::synopsis() const
{
    return m_command + (m_synopsis.isEmpty() ? QString() : QLatin1Char(' ') + m_synopsis);
}

QString CommandLine::summary() const
{
    const qsizetype end = m_description.indexOf(QLatin1String(". "));
    return end < 0 ? m_description : m_description.left(end + 1);
}

QString CommandLine::helpText() const
{
    QCommandLineParser parser;
    prepare(parser, m_description, m_options);
    // QCommandLineParser's first line names the program as it was started; ours names the command.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, firstLineEnd < 0 ? text.size() : firstLineEnd,
                 QStringLiteral("Usage: %1 %2").arg(kProgram, synopsis()));
    return text;
}

QString CommandLine::wrap(const QString& text, int width, int indent)
{
    const QString margin(indent, QLatin1Char(' '));
    QString out;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += margin + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += margin + line;
    return out;
}

QString CommandLine::version()
{
    return kProgram + QLatin1Char(' ') + QCoreApplication::applicationVersion();
}

} // namespace syncsites
