#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace syncsites {

/// One option of a command: `--name VALUE` when it has a value name, else a flag `--name`.
struct CommandOption
{
    QString name;      ///< without the dashes: "db"
    QString valueName; ///< "FILE"; empty for a flag
    QString description;
};

/// The options of a command as given: "--name" → its value (the last one given), "" for a flag.
using OptionValues = QHash<QString, QString>;

/// The command line of one command of syncsites-server, parsed with QCommandLineParser: its options, `--help` (`-h`)
/// and `--version`. Anything else (an unknown option, an option without its value, a stray argument) is an error
/// with QCommandLineParser's words.
///
/// Threading: any thread; immutable once made.
class CommandLine
{
public:
    CommandLine(QString command, QString synopsis, QString description, QVector<CommandOption> options);

    enum class Outcome
    {
        Run,     ///< run the command with `values`
        Help,    ///< --help was given: print helpText()
        Version, ///< --version was given: print version()
        Error,   ///< `error` says what is wrong
    };
    struct Parsed
    {
        Outcome outcome = Outcome::Error;
        OptionValues values;
        QString error;
    };

    /// Parses the arguments that follow the command's name.
    Parsed parse(const QStringList& arguments) const;

    const QString& command() const { return m_command; }
    /// "serve --db FILE --listen HOST:PORT [options]": the command and what it needs.
    QString synopsis() const;
    /// The first sentence of the description, for the program's list of commands.
    QString summary() const;
    /// Usage, description and every option with its description.
    QString helpText() const;
    /// "syncsites-server 0.1.0".
    static QString version();
    /// `text` broken into lines of at most `width` characters (words longer than that stay whole), each line after
    /// `indent` spaces.
    static QString wrap(const QString& text, int width, int indent = 0);

private:
    QString m_command;
    QString m_synopsis;
    QString m_description;
    QVector<CommandOption> m_options;
};

} // namespace syncsites
