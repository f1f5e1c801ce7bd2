// The language setting as a person uses it: the app runs in English, French is chosen in Settings and applies at
// the next start, to the app's own strings, Qt's (standard buttons) and QLocale's default
// (dates and numbers); English chosen again brings English back. The languages offered are those built in (:/i18n):
// Spanish and Portuguese apply the same way, and in each language every page still fits a 1024x600 netbook.
#include "AppSettings.h"
#include "DesktopApp.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
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
        for (const char* language : {"es", "fr", "pt"})
            QVERIFY(QFile::exists(QStringLiteral(":/i18n/syncsites_%1.qm").arg(QLatin1String(language))));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/syncsites_en.qm")));
        ui::SettingsDialog dialog(ui::SettingsDialog::Values{});
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(language);
        QStringList codes;
        for (int i = 0; i < language->count(); ++i)
            codes.append(language->itemData(i).toString());
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                     QStringLiteral("pt")}));
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

    void spanishAndPortugueseApply()
    {
        const app::DesktopOptions options = demoOptions();
        QCOMPARE(startAndRead(options, QStringLiteral("es")),
                 (QStringList{QStringLiteral("&Archivo"), QStringLiteral("Cancelar"), QStringLiteral("6 diciembre"),
                              QStringLiteral("1,5")}));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        // Qt has Portuguese buttons only as Brazil's; the app's strings are Portugal's and Africa's.
        const QStringList portuguese = startAndRead(options, QStringLiteral("pt"));
        QCOMPARE(portuguese.size(), 4);
        QCOMPARE(portuguese.at(0), QStringLiteral("&Ficheiro"));
        QCOMPARE(portuguese.at(1), QStringLiteral("Cancelar"));
        QCOMPARE(portuguese.at(3), QStringLiteral("1,5"));
        QCOMPARE(QLocale().language(), QLocale::Portuguese);
        startAndRead(options, QStringLiteral("en"));
    }

    // Longer words must not widen the window: in every language each page fits a 1024x600 netbook (less a panel),
    // as it does in English (TestDesktopApp). Spanish's site-kind list once made the dashboard 1,038 px wide.
    void everyLanguageFitsANetbook()
    {
        const QSize netbook(1024, 600);
        for (const char* code : {"fr", "es", "pt"}) {
            const QString language = QLatin1String(code);
            app::DesktopOptions options = demoOptions();
            options.screenshotSize = netbook;
            ui::AppSettings(QDir(options.demoFolder).filePath(QStringLiteral("settings.ini"))).setLanguage(language);
            app::DesktopApp desktop(options);
            QVERIFY(desktop.start());
            if (desktop.user().username.isEmpty()) {
                QSignalSpy entered(&desktop, &app::DesktopApp::signedIn);
                QVERIFY(entered.wait(60000));
            }
            ui::MainWindow* window = desktop.window();
            // The dashboard as a person sees it, every site's state in ("18 of 18 sites").
            auto* count = window->findChild<QLabel*>(QStringLiteral("countLabel"));
            QVERIFY(count);
            QTRY_VERIFY_WITH_TIMEOUT(!count->text().isEmpty() && !count->text().startsWith(QLatin1Char('0')), 30000);
            // Each page shown in a 1024x600 window, as --screenshots does: the window stays 1024 wide.
            QTemporaryDir pictures;
            desktop.grabPages(pictures.path());
            for (const QString& page : window->pageIds()) {
                const QSize least = window->pageMinimumSize(page);
                QVERIFY2(least.width() <= netbook.width() && least.height() <= netbook.height(),
                         qPrintable(QStringLiteral("%1, %2 page: needs %3x%4")
                                        .arg(language, page)
                                        .arg(least.width())
                                        .arg(least.height())));
            }
            QVERIFY2(window->width() <= netbook.width(),
                     qPrintable(QStringLiteral("%1: the window grew to %2 px").arg(language).arg(window->width())));
        }
        ui::AppSettings(QDir(demoOptions().demoFolder).filePath(QStringLiteral("settings.ini")))
            .setLanguage(QStringLiteral("en"));
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
