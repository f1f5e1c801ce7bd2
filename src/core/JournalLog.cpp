#include "JournalLog.h"

#include <QString>
#include <QtGlobal>

namespace syncsites {

const char* JournalLog::pattern()
{
    return "%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}%{if-critical}<3>%{endif}"
           "%{if-fatal}<2>%{endif}%{if-category}%{category}: %{endif}%{message}";
}

bool JournalLog::useWhenUnderSystemd()
{
    if (qEnvironmentVariableIsEmpty("JOURNAL_STREAM") || qEnvironmentVariableIsSet("QT_MESSAGE_PATTERN"))
        return false;
    qSetMessagePattern(QString::fromLatin1(pattern()));
    return true;
}

} // namespace syncsites
