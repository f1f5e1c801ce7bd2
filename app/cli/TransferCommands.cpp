#include "TransferCommands.h"

#include "ExitCode.h"
#include "RecordsCommand.h"
#include "SiteService.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace syncsites::cli {

namespace {

const char* const transferUsage =
    "usage: syncsites-cli --replica FILE transfer --from CODE --to CODE --item CODE --packs N\n"
    "       syncsites-cli --replica FILE receive --invoice ID\n"
    "       syncsites-cli --replica FILE requisition --from CODE --to CODE --item CODE --packs N\n"
    "       syncsites-cli --replica FILE respond --requisition ID\n";

// Its sentences, in the translation context "TransferCommands" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)
};

// Parses "--name value" / "--name=value" options, each allowed once; returns an error sentence or an empty string.
QString parseOptions(const QStringList& arguments, const QStringList& allowed, QHash<QString, QString>* values)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        QString name = arg.section(QLatin1Char('='), 0, 0);
        if (!allowed.contains(name))
            return Text::tr("unknown argument %1.").arg(arg);
        QString value;
        if (arg.contains(QLatin1Char('=')))
            value = arg.section(QLatin1Char('='), 1);
        else if (i + 1 < arguments.size())
            value = arguments.at(++i);
        if (value.isEmpty())
            return Text::tr("%1 needs a value.").arg(name);
        if (values->contains(name))
            return Text::tr("%1 is given twice.").arg(name);
        values->insert(name, value);
    }
    for (const QString& name : allowed) {
        if (!values->contains(name))
            return Text::tr("%1 is required.").arg(name);
    }
    return QString();
}

} // namespace

int TransferCommands::run(CliContext& context, const QString& command, const QStringList& arguments)
{
    const bool starts = command == QLatin1String("transfer") || command == QLatin1String("requisition");
    const QStringList allowed = starts ? QStringList{QStringLiteral("--from"), QStringLiteral("--to"),
                                                     QStringLiteral("--item"), QStringLiteral("--packs")}
                                : command == QLatin1String("receive") ? QStringList{QStringLiteral("--invoice")}
                                                                      : QStringList{QStringLiteral("--requisition")};
    QHash<QString, QString> options;
    if (const QString problem = parseOptions(arguments, allowed, &options); !problem.isEmpty()) {
        context.err() << transferUsage;
        return context.fail(Usage, command + QLatin1String(": ") + problem);
    }
    double packs = 0;
    if (starts) {
        bool ok = false;
        packs = options.value(QStringLiteral("--packs")).toDouble(&ok);
        if (!ok || !std::isfinite(packs) || packs <= 0)
            return context.fail(Usage, Text::tr("%1: --packs takes a number more than 0 (got %2).")
                                           .arg(command, options.value(QStringLiteral("--packs"))));
    }
    std::unique_ptr<SiteService> site;
    if (const int code = context.openReplica(command, &site); code != Success)
        return code;
    SiteService& actions = *site;
    const QString from = options.value(QStringLiteral("--from"));
    const QString to = options.value(QStringLiteral("--to"));
    const QString item = options.value(QStringLiteral("--item"));

    Result<QString> id = QString();
    if (command == QLatin1String("transfer"))
        id = actions.createTransfer(from, to, item, packs);
    else if (command == QLatin1String("requisition"))
        id = actions.createRequisition(from, to, item, packs);
    else if (command == QLatin1String("receive"))
        id = actions.receive(options.value(QStringLiteral("--invoice")));
    else
        id = actions.respond(options.value(QStringLiteral("--requisition")));
    if (!id)
        return context.fail(RecordsCommand::exitCodeFor(id.error()), id.error().message);

    context.out() << *id << Qt::endl;
    const QString amount = QString::number(packs, 'g', 15);
    if (command == QLatin1String("transfer"))
        context.err()
            << Text::tr("Shipped %1 packs of %2 from %3 to %4: outbound invoice %5.").arg(amount, item, from, to, *id);
    else if (command == QLatin1String("requisition"))
        context.err() << Text::tr("Store %1 requested %2 packs of %3 from %4: request requisition %5.")
                             .arg(from, amount, item, to, *id);
    else if (command == QLatin1String("receive"))
        context.err() << Text::tr("Received inbound invoice %1; its packs were added to the store's stock.").arg(*id);
    else
        context.err() << Text::tr("Finalised response requisition %1.").arg(*id);
    context.err() << Qt::endl;
    return Success;
}

} // namespace syncsites::cli
