// The language setting as a person uses it: the app runs in English, French is chosen in Settings and applies at
// the next start, to the app's own strings, Qt's (standard buttons) and QLocale's default
// (dates and numbers); English chosen again brings English back. The languages offered are those built in (:/i18n).
#include "AppSettings.h"
#include "DesktopApp.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;

class TestTranslationsLoaded : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    app::DesktopOptions demoOptions() const
    {
        app::DesktopOptions options;
        options.demoFolder = m_dir.filePath(QStringLiteral("demo"));
        options.demoRecords = 300;
        return options;
    }

    /// Starts the app on the demo with `language` in its settings (a null one leaves them), waits until it is signed
    /// in, and returns what a person reads: the File menu, a standard Cancel button, a date, a number.
    static QStringList startAndRead(const app::DesktopOptions& options, const QString& language)
    {
        if (!language.isNull()) {
            // The demo keeps its settings in its folder.
            ui::AppSettings settings(QDir(options.demoFolder).filePath(QStringLiteral("settings.ini")));
            settings.setLanguage(language);
        }
        app::DesktopApp desktop(options);
        if (!desktop.start())
            return {};
        if (desktop.user().username.isEmpty()) {
            QSignalSpy entered(&desktop, &app::DesktopApp::signedIn);
            if (!entered.wait(60000))
                return {};
        }
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        return {desktop.window()->fileMenu()->title(), buttons.button(QDialogButtonBox::Cancel)->text(),
                QLocale().toString(QDate(2026, 12, 6), QStringLiteral("d MMMM")), QLocale().toString(1.5, 'f', 1)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The demo's first start makes it, settings included; the language is set in them from then on.
        QVERIFY(!startAndRead(demoOptions(), QString()).isEmpty());
    }

    void theBuiltInLanguagesAreOffered()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/syncsites_fr.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/syncsites_en.qm")));
        ui::SettingsDialog dialog(ui::SettingsDialog::Values{});
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(language);
        QStringList codes;
        for (int i = 0; i < language->count(); ++i)
            codes.append(language->itemData(i).toString());
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("fr")}));
    }

    void frenchAppliesAtTheNextStart()
    {
        const app::DesktopOptions options = demoOptions();
        QCOMPARE(startAndRead(options, QStringLiteral("en")),
                 (QStringList{QStringLiteral("&File"), QStringLiteral("Cancel"), QStringLiteral("6 December"),
                              QStringLiteral("1.5")}));

        // Chosen in Settings: the next start is in French, Qt's own buttons and the dates and numbers too.
        QCOMPARE(startAndRead(options, QStringLiteral("fr")),
                 (QStringList{QStringLiteral("&Fichier"), QStringLiteral("Annuler"), QStringLiteral("6 décembre"),
                              QStringLiteral("1,5")}));
        QCOMPARE(QLocale().language(), QLocale::French);

        QCOMPARE(startAndRead(options, QStringLiteral("en")),
                 (QStringList{QStringLiteral("&File"), QStringLiteral("Cancel"), QStringLiteral("6 December"),
                              QStringLiteral("1.5")}));
    }

    void pluralsReadAsEnglish()
    {
        // English's plural forms come from its own file: "1 problem", "2 problems", never "problem(s)".
        ui::AppSettings settings(QDir(demoOptions().demoFolder).filePath(QStringLiteral("settings.ini")));
        settings.setLanguage(QStringLiteral("en"));
        app::DesktopApp desktop(demoOptions());
        QVERIFY(desktop.start());
        QCOMPARE(QCoreApplication::translate("syncsites::ui::StoreListModel", "%n problem(s)", nullptr, 1),
                 QStringLiteral("1 problem"));
        QCOMPARE(QCoreApplication::translate("syncsites::ui::StoreListModel", "%n problem(s)", nullptr, 2),
                 QStringLiteral("2 problems"));
        if (desktop.user().username.isEmpty()) {
            QSignalSpy entered(&desktop, &app::DesktopApp::signedIn);
            QVERIFY(entered.wait(60000));
        }
    }
};

QTEST_MAIN(TestTranslationsLoaded)
#include "TestTranslationsLoaded.moc"
