// The translations (translations/*.ts) against the sources: each .ts holds exactly the strings lupdate finds in
// them today (lupdate is run again into a copy in a temporary folder and the two sets of source strings compared),
// every entry is finished, and each translation keeps its source's placeholders, mnemonic, HTML tags and final
// punctuation. The English file holds only the plural forms (%n), both of them.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             ///< "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one per numerus form, or the one translation

    QString key() const
    {
        return context + QLatin1String(" | ") + source +
               (comment.isEmpty() ? QString() : QLatin1String(" | ") + comment) +
               (numerus ? QStringLiteral(" | %n") : QString());
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                ts.messages.append(message);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

/// %1 … %99, %L1, %n, %Ln: what QString::arg and tr() replace.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    return sorted(out);
}

/// The tag names, in order ("b", "/b"): attributes may hold words that are translated (a title).
QStringList htmlTags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(m.captured(1) + m.captured(2).toLower());
    }
    return out;
}

/// A keyboard mnemonic: "&" before a letter or digit, not "&&" and not an HTML entity such as "&amp;".
bool hasMnemonic(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)(?![a-zA-Z]+;|#[0-9]+;)\\w"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

QString ending(const QString& text)
{
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1String("...")))
        return QStringLiteral("...");
    if (!t.isEmpty() && QStringLiteral(".:?!…").contains(t.back()))
        return t.back();
    return QString();
}

/// What is wrong with one finished translation of `source`, or "".
QString translationProblem(const QString& source, const QString& translation)
{
    if (translation.isEmpty())
        return QStringLiteral("empty translation");
    if (placeholders(source) != placeholders(translation))
        return QStringLiteral("placeholders %1 became %2")
            .arg(placeholders(source).join(QLatin1Char(' ')), placeholders(translation).join(QLatin1Char(' ')));
    if (hasMnemonic(source) && !hasMnemonic(translation))
        return QStringLiteral("the mnemonic (&) is lost");
    if (htmlTags(source) != htmlTags(translation))
        return QStringLiteral("HTML tags differ");
    if (ending(source) != ending(translation))
        return QStringLiteral("ends with \"%1\" instead of \"%2\"").arg(ending(translation), ending(source));
    return QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    /// Runs lupdate over the sources into a copy of `tsPath`; returns the copy read back.
    static TsFile updatedCopy(const QString& tsPath, const QStringList& extraOptions, QString* error)
    {
        static QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
        QFile::remove(copy);
        if (!QFile::copy(tsPath, copy)) {
            *error = QStringLiteral("cannot copy %1").arg(tsPath);
            return {};
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList arguments = QStringList{QLatin1Char('@') + QStringLiteral(SYNCSITES_TRANSLATION_SOURCES)} +
                                      extraOptions +
                                      QString::fromUtf8(SYNCSITES_LUPDATE_OPTIONS).split(QLatin1Char('|')) +
                                      QStringList{QStringLiteral("-ts"), copy};
        lupdate.start(QStringLiteral(SYNCSITES_LUPDATE), arguments);
        if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit ||
            lupdate.exitCode() != 0) {
            *error = QStringLiteral("lupdate failed: %1").arg(QString::fromLocal8Bit(lupdate.readAll()));
            return {};
        }
        return readTs(copy);
    }

    static void compareWithSources(const QString& tsPath, const QStringList& extraOptions)
    {
        const TsFile ts = readTs(tsPath);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QString error;
        const TsFile fresh = updatedCopy(tsPath, extraOptions, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QSet<QString> have, want;
        for (const Message& m : ts.messages)
            have.insert(m.key());
        for (const Message& m : fresh.messages)
            if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
                want.insert(m.key());
        const QStringList missing = sorted((want - have).values());
        const QStringList stale = sorted((have - want).values());
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 is out of date with the sources (run the update_translations target, "
                                           "then translate; translations/README.md): %2 new string(s), e.g.\n  %3\n"
                                           "%4 string(s) no longer in the sources, e.g.\n  %5")
                                .arg(QFileInfo(tsPath).fileName(), QString::number(missing.size()),
                                     missing.mid(0, 10).join(QStringLiteral("\n  ")), QString::number(stale.size()),
                                     stale.mid(0, 10).join(QStringLiteral("\n  ")))));
    }

    static QStringList problems(const TsFile& ts, bool pluralsOnly)
    {
        QStringList out;
        for (const Message& m : ts.messages) {
            QString problem;
            if (pluralsOnly && !m.numerus)
                problem = QStringLiteral("not a plural form (the English file holds only %n entries)");
            else if (!m.type.isEmpty())
                problem = QStringLiteral("marked %1").arg(m.type);
            else if (m.numerus && m.translations.size() != 2)
                problem = QStringLiteral("%1 plural form(s) instead of 2").arg(m.translations.size());
            else
                for (const QString& t : m.translations)
                    if (problem = translationProblem(m.source, t); !problem.isEmpty())
                        break;
            if (!problem.isEmpty())
                out.append(QStringLiteral("%1: %2").arg(m.key(), problem));
        }
        return out;
    }

private slots:
    void theRulesCatchMistakes()
    {
        QVERIFY(translationProblem(QStringLiteral("Site %1"), QStringLiteral("Site %1")).isEmpty());
        QVERIFY(!translationProblem(QStringLiteral("Site %1"), QStringLiteral("Site")).isEmpty());
        QVERIFY(!translationProblem(QStringLiteral("%n store(s)"), QStringLiteral("magasins")).isEmpty());
        QVERIFY(!translationProblem(QStringLiteral("&File"), QStringLiteral("Fichier")).isEmpty());
        QVERIFY(translationProblem(QStringLiteral("&File"), QStringLiteral("&Fichier")).isEmpty());
        QVERIFY(translationProblem(QStringLiteral("&Asset:"), QStringLiteral("&Équipement :")).isEmpty());
        QVERIFY(translationProblem(QStringLiteral("A &amp; B"), QStringLiteral("A &amp; B")).isEmpty());
        QVERIFY(!translationProblem(QStringLiteral("<b>%1</b> stores"), QStringLiteral("%1 magasins")).isEmpty());
        QVERIFY(!translationProblem(QStringLiteral("Review…"), QStringLiteral("Vérifier")).isEmpty());
        QVERIFY(translationProblem(QStringLiteral("Server:"), QStringLiteral("Serveur :")).isEmpty());
        QVERIFY(!translationProblem(QStringLiteral("Server"), QString()).isEmpty());

        TsFile ts;
        ts.messages.append(Message{
            QStringLiteral("C"), QStringLiteral("%n change(s)"), {}, true, {}, {QStringLiteral("%n modification")}});
        ts.messages.append(
            Message{QStringLiteral("C"), QStringLiteral("Sync"), {}, false, QStringLiteral("unfinished"), {QString()}});
        QCOMPARE(problems(ts, false).size(), 2);
        QCOMPARE(problems(ts, true).size(), 2);
    }

    void upToDateWithTheSources_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<bool>("pluralsOnly");
        const QStringList files = QString::fromUtf8(SYNCSITES_TS_FILES).split(QLatin1Char('|'));
        for (const QString& file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file << false;
        QTest::newRow(qPrintable(QFileInfo(QStringLiteral(SYNCSITES_PLURALS_TS)).fileName()))
            << QStringLiteral(SYNCSITES_PLURALS_TS) << true;
    }

    void upToDateWithTheSources()
    {
        QFETCH(QString, ts);
        QFETCH(bool, pluralsOnly);
        compareWithSources(ts, pluralsOnly ? QStringList{QStringLiteral("-pluralonly")} : QStringList());
    }

    void everyEntryTranslated_data() { upToDateWithTheSources_data(); }

    void everyEntryTranslated()
    {
        QFETCH(QString, ts);
        QFETCH(bool, pluralsOnly);
        const TsFile file = readTs(ts);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QVERIFY(!file.messages.isEmpty());
        const QStringList wrong = problems(file, pluralsOnly);
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 entries are not finished, e.g.\n  %3")
                                .arg(QString::number(wrong.size()), QString::number(file.messages.size()),
                                     wrong.mid(0, 15).join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
