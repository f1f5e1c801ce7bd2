// AppSettings, the desktop app's settings on this computer, over a real INI file: the defaults, values written and
// read back, changed() only on a real change, files an older version wrote, and reinit_pending removed when false.
#include "AppSettings.h"

#include <QFile>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncsites;
using Key = ui::AppSettings::Key;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

/// One setting as this test expects it: written out here, not read from the table under test.
struct Expected
{
    Key key;
    const char* name;  ///< the key in QSettings
    QVariant fallback; ///< the default, of the setting's type
    QVariant changed;  ///< a value other than the default, of the same type
};

const QVector<Expected>& expectedSettings()
{
    static const QVector<Expected> settings{
        {Key::Mode, "mode", QString(), s("client")},
        {Key::ServerUrl, "server/url", QString(), s("https://hub.example.org:8443")},
        {Key::CaCertificateFile, "server/ca_certificate", QString(), s("/etc/syncsites/ca.pem")},
        {Key::ProxyUrl, "server/proxy", QString(), s("http://proxy.example.org:3128")},
        {Key::ReplicaPath, "site/replica", QString(), s("/home/nurse/sefa.sqlite")},
        {Key::SiteName, "site/name", QString(), s("Sefa District Hospital")},
        {Key::LastUsername, "user/last_username", QString(), s("amina")},
        {Key::Language, "view/language", QString(), s("fr")},
        {Key::Theme, "view/theme", s("system"), s("dark")},
        {Key::ReinitPending, "site/reinit_pending", false, true},
        {Key::SetupPending, "setup/pending", false, true},
        {Key::WindowGeometry, "window/geometry", QByteArray(), QByteArray::fromHex("01d9d0cb00030000")},
        {Key::WindowState, "window/state", QByteArray(), QByteArray::fromHex("000000ff00000000")},
        {Key::LastPage, "window/last_page", QString(), s("stores")},
        {Key::WindowSplitters, "window/splitters", QVariantMap(),
         QVariantMap{{s("stores/0"), QVariantList{300, 700}}, {s("dashboard/0"), QVariantList{420, 180}}}},
        {Key::CloseToTray, "window/close_to_tray", true, false},
        {Key::TrayNoticeShown, "window/tray_notice_shown", false, true},
    };
    return settings;
}

QString keyLabel(Key key)
{
    return QString::fromLatin1(QMetaEnum::fromType<Key>().valueToKey(int(key)));
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // Every setting of the enum is listed here, so that a new one cannot go without its expected default.
    void everySettingIsExpected() { QCOMPARE(expectedSettings().size(), QMetaEnum::fromType<Key>().keyCount()); }

    void defaultsWhenUnset_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < expectedSettings().size(); ++i)
            QTest::newRow(qPrintable(keyLabel(expectedSettings().at(i).key))) << i;
    }

    void defaultsWhenUnset()
    {
        QFETCH(int, index);
        const Expected& e = expectedSettings().at(index);
        QCOMPARE(ui::AppSettings::keyName(e.key), s(e.name));
        const QVariant fallback = ui::AppSettings::defaultValue(e.key);
        QCOMPARE(fallback.metaType().id(), e.fallback.metaType().id());
        QCOMPARE(fallback, e.fallback);

        const ui::AppSettings settings(iniPath());
        const QVariant value = settings.value(e.key);
        QCOMPARE(value.metaType().id(), e.fallback.metaType().id());
        QCOMPARE(value, e.fallback);
    }

    void typedGettersGiveTheDefaults()
    {
        const ui::AppSettings settings(iniPath());
        QVERIFY(!settings.isConfigured());
        QCOMPARE(settings.mode(), ui::AppMode::Standalone);
        QCOMPARE(settings.serverUrl(), QString());
        QCOMPARE(settings.caCertificateFile(), QString());
        QCOMPARE(settings.proxyUrl(), QString());
        QCOMPARE(settings.replicaPath(), QString());
        QCOMPARE(settings.siteName(), QString());
        QCOMPARE(settings.lastUsername(), QString());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.theme(), s("system"));
        QVERIFY(!settings.reinitPending());
        QVERIFY(!settings.setupPending());
        QVERIFY(settings.closeToTray());
        QVERIFY(!settings.trayNoticeShown());
        QVERIFY(!QFile::exists(iniPath())); // reading writes nothing
    }

    // Written through the setters, read back by another AppSettings on the same file and by QSettings itself
    // under the keys older versions used.
    void valuesWrittenAndReadBack()
    {
        const QString ini = iniPath();
        {
            ui::AppSettings settings(ini);
            settings.setMode(ui::AppMode::Client);
            settings.setServerUrl(s("https://hub.example.org:8443"));
            settings.setCaCertificateFile(s("/etc/syncsites/ca.pem"));
            settings.setProxyUrl(s("http://proxy.example.org:3128"));
            settings.setReplicaPath(s("/home/nurse/sefa.sqlite"));
            settings.setSiteName(s("Sefa District Hospital"));
            settings.setLastUsername(s("amina"));
            settings.setLanguage(s("fr"));
            settings.setTheme(s("dark"));
            settings.setReinitPending(true);
            settings.setSetupPending(true);
            settings.setCloseToTray(false);
            settings.setTrayNoticeShown(true);
            // The main window's own (MainWindow keeps them through the generic setter).
            for (Key key : {Key::WindowGeometry, Key::WindowState, Key::LastPage, Key::WindowSplitters}) {
                for (const Expected& e : expectedSettings()) {
                    if (e.key == key)
                        settings.setValue(key, e.changed);
                }
            }
            settings.sync();
        }
        const ui::AppSettings again(ini);
        QVERIFY(!again.isConfigured()); // the set-up is pending
        QVERIFY(again.setupPending());
        QCOMPARE(again.mode(), ui::AppMode::Client);
        QCOMPARE(again.serverUrl(), s("https://hub.example.org:8443"));
        QCOMPARE(again.caCertificateFile(), s("/etc/syncsites/ca.pem"));
        QCOMPARE(again.proxyUrl(), s("http://proxy.example.org:3128"));
        QCOMPARE(again.replicaPath(), s("/home/nurse/sefa.sqlite"));
        QCOMPARE(again.siteName(), s("Sefa District Hospital"));
        QCOMPARE(again.lastUsername(), s("amina"));
        QCOMPARE(again.language(), s("fr"));
        QCOMPARE(again.theme(), s("dark"));
        QVERIFY(again.reinitPending());
        QVERIFY(!again.closeToTray());
        QVERIFY(again.trayNoticeShown());

        const QSettings raw(ini, QSettings::IniFormat);
        for (const Expected& e : expectedSettings()) {
            QVERIFY2(raw.contains(s(e.name)), e.name);
            QVariant stored = raw.value(s(e.name));
            QVERIFY2(stored.convert(e.changed.metaType()), e.name);
            QCOMPARE(stored, e.changed);
        }
    }

    // The generic value()/setValue() round trip of every setting, with the value converted to the setting's type.
    void genericValueRoundTrip()
    {
        const QString ini = iniPath();
        {
            ui::AppSettings settings(ini);
            for (const Expected& e : expectedSettings())
                settings.setValue(e.key, e.changed);
            settings.sync();
        }
        const ui::AppSettings again(ini);
        for (const Expected& e : expectedSettings()) {
            const QVariant value = again.value(e.key);
            QCOMPARE(value.metaType().id(), e.fallback.metaType().id());
            QCOMPARE(value, e.changed);
        }
        // A value given in another type is stored as the setting's type.
        ui::AppSettings settings(ini);
        settings.setValue(Key::ReinitPending, s("false"));
        QCOMPARE(settings.value(Key::ReinitPending), QVariant(false));
        settings.setValue(Key::ReinitPending, 1);
        QCOMPARE(settings.value(Key::ReinitPending), QVariant(true));
    }

    void changedOnlyOnARealChange()
    {
        ui::AppSettings settings(iniPath());
        QSignalSpy changed(&settings, &ui::AppSettings::changed);
        QVERIFY(changed.isValid());

        settings.setServerUrl(s("https://hub.example.org"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().value(0).toString(), s("server/url"));
        settings.setServerUrl(s("https://hub.example.org")); // the same again
        QCOMPARE(changed.size(), 0);

        // Setting a default that is not stored changes nothing a reader sees.
        settings.setTheme(s("system"));
        settings.setReinitPending(false);
        settings.setLanguage(QString());
        QCOMPARE(changed.size(), 0);

        settings.setTheme(s("dark"));
        settings.setTheme(s("dark"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().value(0).toString(), s("view/theme"));
        settings.setTheme(s("system"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().value(0).toString(), s("view/theme"));

        settings.setReinitPending(true);
        settings.setReinitPending(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().value(0).toString(), s("site/reinit_pending"));
        settings.setReinitPending(false);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().value(0).toString(), s("site/reinit_pending"));

        settings.setMode(ui::AppMode::Console);
        settings.setMode(ui::AppMode::Console);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().value(0).toString(), s("mode"));
    }

    // A settings file as an older version left it (it wrote plain QSettings values, strings and `true`), read by
    // this one.
    void olderFilesAreRead()
    {
        const QString ini = iniPath();
        {
            QFile file(ini);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
            file.write("[General]\n"
                       "mode=standalone\n"
                       "\n"
                       "[server]\n"
                       "url=https://hub.example.org:8443\n"
                       "ca_certificate=/etc/syncsites/ca.pem\n"
                       "\n"
                       "[site]\n"
                       "replica=/home/nurse/sefa.sqlite\n"
                       "name=Sefa District Hospital\n"
                       "reinit_pending=true\n"
                       "\n"
                       "[user]\n"
                       "last_username=amina\n"
                       "\n"
                       "[view]\n"
                       "language=fr\n");
        }
        const ui::AppSettings settings(ini);
        QVERIFY(settings.isConfigured());
        QCOMPARE(settings.mode(), ui::AppMode::Standalone);
        QCOMPARE(settings.serverUrl(), s("https://hub.example.org:8443"));
        QCOMPARE(settings.caCertificateFile(), s("/etc/syncsites/ca.pem"));
        QCOMPARE(settings.proxyUrl(), QString());
        QCOMPARE(settings.replicaPath(), s("/home/nurse/sefa.sqlite"));
        QCOMPARE(settings.siteName(), s("Sefa District Hospital"));
        QCOMPARE(settings.lastUsername(), s("amina"));
        QCOMPARE(settings.language(), s("fr"));
        QCOMPARE(settings.theme(), s("system")); // never written by that version: the default
        QVERIFY(settings.reinitPending());
    }

    // The same through QSettings as the older version called it.
    void olderValuesWrittenByQSettingsAreRead()
    {
        const QString ini = iniPath();
        {
            QSettings old(ini, QSettings::IniFormat);
            old.setValue(s("mode"), s("console"));
            old.setValue(s("server/url"), s("https://hub.example.org"));
            old.setValue(s("server/proxy"), s("http://proxy.example.org:3128"));
            old.setValue(s("view/theme"), s("light"));
            old.setValue(s("site/reinit_pending"), true);
            old.sync();
            QCOMPARE(old.status(), QSettings::NoError);
        }
        ui::AppSettings settings(ini);
        QVERIFY(settings.isConfigured());
        QCOMPARE(settings.mode(), ui::AppMode::Console);
        QCOMPARE(settings.serverUrl(), s("https://hub.example.org"));
        QCOMPARE(settings.proxyUrl(), s("http://proxy.example.org:3128"));
        QCOMPARE(settings.theme(), s("light"));
        QVERIFY(settings.reinitPending());
        QCOMPARE(settings.siteName(), QString());

        // And this version's writes are read by QSettings as that version read them.
        settings.setSiteName(s("Lira Health Centre"));
        settings.sync();
        const QSettings old(ini, QSettings::IniFormat);
        QCOMPARE(old.value(s("site/name")).toString(), s("Lira Health Centre"));
        QCOMPARE(old.value(s("view/theme"), s("system")).toString(), s("light"));
    }

    // "Set up again": the set-up runs at the next start (not configured), yet every value stays for the wizard to
    // start from; finishing it makes the settings configured again.
    void setupPendingKeepsTheValues()
    {
        const QString ini = iniPath();
        ui::AppSettings settings(ini);
        settings.setMode(ui::AppMode::Client);
        settings.setServerUrl(s("https://hub.example.org"));
        settings.setSiteName(s("Central Front Desk"));
        QVERIFY(settings.isConfigured());
        QSignalSpy changed(&settings, &ui::AppSettings::changed);
        settings.setSetupPending(true);
        settings.sync();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().value(0).toString(), s("setup/pending"));

        const ui::AppSettings again(ini);
        QVERIFY(!again.isConfigured());
        QCOMPARE(again.mode(), ui::AppMode::Client);
        QCOMPARE(again.serverUrl(), s("https://hub.example.org"));
        QCOMPARE(again.siteName(), s("Central Front Desk"));

        settings.setSetupPending(false);
        settings.sync();
        QVERIFY(settings.isConfigured());
        QVERIFY(!QSettings(ini, QSettings::IniFormat).contains(s("setup/pending"))); // removed, as reinit_pending
    }

    void reinitPendingRemovedWhenFalse()
    {
        const QString ini = iniPath();
        ui::AppSettings settings(ini);
        settings.setReinitPending(true);
        settings.sync();
        QVERIFY(QSettings(ini, QSettings::IniFormat).contains(s("site/reinit_pending")));

        settings.setReinitPending(false);
        settings.sync();
        QVERIFY(!settings.reinitPending());
        const QSettings raw(ini, QSettings::IniFormat);
        QVERIFY(!raw.contains(s("site/reinit_pending")));
        QVERIFY(!raw.allKeys().contains(s("site/reinit_pending")));
    }

private:
    // A new file for each test function (and each data row).
    QString iniPath() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }

    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
