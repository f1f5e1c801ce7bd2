#include "TopologyCommand.h"

#include "DemoNetwork.h"
#include "ExitCode.h"
#include "TopologyJson.h"
#include "TopologyValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace syncsites::cli {

namespace {

const char* const topologyUsage = "usage: syncsites-cli topology validate FILE.json [--json]\n"
                                  "       syncsites-cli topology demo [--seed N] > FILE.json\n";

QString counted(qsizetype n, const char* noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

int TopologyCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("validate"))
        return validate(context, arguments.mid(1));
    if (sub == QLatin1String("demo"))
        return demo(context, arguments.mid(1));
    context.err() << topologyUsage;
    return context.fail(Usage, sub.isEmpty() ? QStringLiteral("topology: missing subcommand")
                                             : QStringLiteral("topology: unknown subcommand \"%1\"").arg(sub));
}

int TopologyCommand::validate(CliContext& context, const QStringList& arguments)
{
    QString file;
    bool json = false;
    for (const QString& a : arguments) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-"))
            return context.fail(Usage, QStringLiteral("topology validate: unknown option %1").arg(a));
        else if (file.isEmpty())
            file = a;
        else
            return context.fail(Usage, QStringLiteral("topology validate: one file at a time"));
    }
    if (file.isEmpty()) {
        context.err() << topologyUsage;
        return context.fail(Usage, QStringLiteral("topology validate: missing FILE.json"));
    }

    QFile f(file);
    const bool opened = file == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
    if (!opened)
        return context.fail(BadInput, QStringLiteral("$: cannot read %1: %2").arg(file, f.errorString()));
    const Result<Topology> topology = TopologyJson::parse(f.readAll());
    if (!topology) {
        context.err() << topology.error().message << Qt::endl;
        return BadInput;
    }

    const QVector<Violation> violations = TopologyValidator::validate(*topology);
    if (json) {
        QJsonArray array;
        for (const Violation& v : violations)
            array.append(QJsonObject{{QStringLiteral("rule"), v.rule},
                                     {QStringLiteral("subject"), v.subject},
                                     {QStringLiteral("message"), v.message}});
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const Violation& v : violations) {
            context.out() << v.rule;
            if (!v.subject.isEmpty())
                context.out() << ' ' << v.subject;
            context.out() << ": " << v.message << '\n';
        }
        if (violations.isEmpty())
            context.err() << QStringLiteral("%1: valid (%2, %3)")
                                 .arg(file, counted(topology->sites().size(), "site"),
                                      counted(topology->stores().size(), "store"))
                          << Qt::endl;
    }
    context.out().flush();
    return violations.isEmpty() ? Success : Problems;
}

int TopologyCommand::demo(CliContext& context, const QStringList& arguments)
{
    std::uint64_t seed = DemoNetwork::defaultSeed;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--seed") && i + 1 < arguments.size()) {
            bool ok = false;
            seed = arguments[++i].toULongLong(&ok);
            if (!ok)
                return context.fail(Usage, QStringLiteral("topology demo: --seed takes a whole number"));
        } else {
            return context.fail(Usage, QStringLiteral("topology demo: unknown argument %1").arg(arguments[i]));
        }
    }
    context.out() << TopologyJson::serialize(DemoNetwork::generate(seed).topology);
    context.out().flush();
    return Success;
}

} // namespace syncsites::cli
