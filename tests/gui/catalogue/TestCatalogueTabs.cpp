#include "HubApiClient.h"
#include "HubItemsClient.h"
#include "HubTestHarness.h"
#include "HubUsersClient.h"
#include "ItemEditDialog.h"
#include "ItemImportDialog.h"
#include "ItemImportReportModel.h"
#include "ItemTableModel.h"
#include "ItemsTab.h"
#include "OneTimeSecretDialog.h"
#include "UserEditDialog.h"
#include "UserTableModel.h"
#include "UsersTab.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace syncsites;
using namespace syncsites::ui;
using syncsites::test::HubTestHarness;

namespace {

constexpr int kWaitMs = 20000;

// The visible child of `parent` of type T named `name` (dialogs closed with WA_DeleteOnClose linger hidden until
// deleted), waiting for it to appear.
template <typename T> T* waitForVisible(QWidget* parent, const QString& name)
{
    T* found = nullptr;
    const bool appeared = QTest::qWaitFor(
        [&] {
            for (T* child : parent->findChildren<T*>(name)) {
                if (child->isVisible()) {
                    found = child;
                    return true;
                }
            }
            return false;
        },
        kWaitMs);
    return appeared ? found : nullptr;
}

template <typename T> T* child(QWidget* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

// Clicks the button of a confirmation box that accepts.
bool acceptMessageBox(QMessageBox* box)
{
    if (!box)
        return false;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace

class TestCatalogueTabs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<HubApiClient> m_api;

    Result<SignedInUser> signIn(HubApiClient& api, const QString& user, const QString& password)
    {
        api.setServer(QUrl(m_hub->url()));
        std::optional<Result<SignedInUser>> answer;
        api.signIn(user, password, this, [&](Result<SignedInUser> result) { answer = std::move(result); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
            return Error(QStringLiteral("test_timeout"), QStringLiteral("sign-in did not answer"));
        return *answer;
    }

    // Signs in through a client of its own, as the person would on another computer.
    Result<SignedInUser> signInElsewhere(const QString& user, const QString& password)
    {
        HubApiClient other;
        return signIn(other, user, password);
    }

    std::unique_ptr<UsersTab> openUsersTab()
    {
        auto tab = std::make_unique<UsersTab>(*m_api);
        tab->resize(1000, 560);
        tab->show();
        tab->reload();
        auto* model = tab->findChild<UserTableModel*>();
        auto* reload = child<QPushButton>(tab.get(), QStringLiteral("reloadUsersButton"));
        if (!QTest::qWaitFor([&] { return model->rowCount() > 0 && reload->isEnabled(); }, kWaitMs))
            return nullptr;
        return tab;
    }

    std::unique_ptr<ItemsTab> openItemsTab()
    {
        auto tab = std::make_unique<ItemsTab>(*m_api);
        tab->resize(1000, 560);
        tab->show();
        tab->reload();
        auto* model = tab->findChild<ItemTableModel*>();
        auto* reload = child<QPushButton>(tab.get(), QStringLiteral("reloadItemsButton"));
        if (!QTest::qWaitFor([&] { return model->rowCount() > 0 && reload->isEnabled(); }, kWaitMs))
            return nullptr;
        return tab;
    }

    // Selects the row of `key` (a username or an item code, Qt::UserRole of column 0) in the tab's table.
    static bool selectRow(QWidget* tab, const QString& tableName, const QString& key)
    {
        auto* table = child<QTableView>(tab, tableName);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(Qt::UserRole).toString() == key) {
                table->setFocus();
                table->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

    static UserRecord userIn(UsersTab& tab, const QString& username)
    {
        auto* model = tab.findChild<UserTableModel*>();
        return model->user(model->row(username));
    }

    static ItemRecord itemIn(ItemsTab& tab, const QString& code)
    {
        auto* model = tab.findChild<ItemTableModel*>();
        return model->item(model->row(code));
    }

    // The items as the hub holds them now, through a client of its own.
    QVector<ItemRecord> itemsAtHub()
    {
        HubApiClient other;
        if (!signIn(other, QStringLiteral("admin"), m_hub->password(QStringLiteral("admin"))))
            return {};
        HubItemsClient items(other);
        std::optional<Result<QVector<ItemRecord>>> answer;
        items.list(this, [&](Result<QVector<ItemRecord>> result) { answer = std::move(result); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs) || !*answer)
            return {};
        return **answer;
    }

    static const ItemRecord* find(const QVector<ItemRecord>& items, const QString& code)
    {
        for (const ItemRecord& item : items) {
            if (item.code == code)
                return &item;
        }
        return nullptr;
    }

    // The edit dialog of the selected user, opened with Enter on the table.
    static UserEditDialog* editSelectedUser(UsersTab& tab)
    {
        auto* table = child<QTableView>(&tab, QStringLiteral("usersTable"));
        QTest::keyClick(table, Qt::Key_Return);
        return waitForVisible<UserEditDialog>(&tab, QStringLiteral("userEditDialog"));
    }

private slots:
    void init()
    {
        Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
        QVERIFY2(hub.ok(), qPrintable(hub.error().message));
        m_hub = std::move(hub.value());
        m_api = std::make_unique<HubApiClient>();
        QVERIFY(signIn(*m_api, QStringLiteral("admin"), m_hub->password(QStringLiteral("admin"))).ok());
    }

    void cleanup()
    {
        m_api.reset();
        m_hub.reset();
    }

    void listsUsersAndDisablesButtonsWhileLoading()
    {
        auto tab = openUsersTab();
        QVERIFY(tab);
        const UserRecord roamer = userIn(*tab, QStringLiteral("roamer"));
        QCOMPARE(roamer.username, QStringLiteral("roamer"));
        QCOMPARE(roamer.role, UserRole::FieldStaff);
        QCOMPARE(roamer.sites.size(), 2);
        QVERIFY(roamer.active);
        QCOMPARE(userIn(*tab, QStringLiteral("admin")).role, UserRole::Administrator);

        auto* reload = child<QPushButton>(tab.get(), QStringLiteral("reloadUsersButton"));
        auto* add = child<QPushButton>(tab.get(), QStringLiteral("addUserButton"));
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(!reload->isEnabled());
        QVERIFY(!add->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(reload->isEnabled() && add->isEnabled(), kWaitMs);
        QVERIFY(tab->minimumSizeHint().width() <= 1024);
    }

    void addsUserWhoSignsInWithTheGeneratedPassword()
    {
        auto tab = openUsersTab();
        QVERIFY(tab);
        const QString site = m_hub->topology().sites().constLast().name;
        QTest::mouseClick(child<QPushButton>(tab.get(), QStringLiteral("addUserButton")), Qt::LeftButton);
        auto* dialog = waitForVisible<UserEditDialog>(tab.get(), QStringLiteral("userEditDialog"));
        QVERIFY(dialog);
        QPointer<UserEditDialog> guard(dialog);
        auto* ok = child<QPushButton>(dialog, QStringLiteral("userEditOk"));
        QVERIFY(!ok->isEnabled()); // no username yet
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("usernameField")), QStringLiteral("nurse.banda"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("fullNameField")), QStringLiteral("Grace Banda"));
        auto* role = child<QComboBox>(dialog, QStringLiteral("roleField"));
        role->setCurrentIndex(role->findData(static_cast<int>(UserRole::FieldStaff)));
        auto* sites = child<QListWidget>(dialog, QStringLiteral("sitesList"));
        const QList<QListWidgetItem*> found = sites->findItems(site, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        found.first()->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->minimumSizeHint().height() <= 560); // fits a 1024x600 screen
        QTest::mouseClick(ok, Qt::LeftButton);

        auto* secret = waitForVisible<OneTimeSecretDialog>(tab.get(), QStringLiteral("oneTimeSecretDialog"));
        QVERIFY(secret);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kWaitMs);
        const QString password = child<QLineEdit>(secret, QStringLiteral("secretField"))->text();
        QVERIFY2(password.size() >= 8, qPrintable(password));
        QCOMPARE(secret->secret(), password);
        QTest::mouseClick(child<QPushButton>(secret, QStringLiteral("copySecretButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QVERIFY(child<QLabel>(secret, QStringLiteral("secretCopiedLabel"))->isVisible());
        QTest::mouseClick(child<QPushButton>(secret, QStringLiteral("secretDoneButton")), Qt::LeftButton);
        QVERIFY(!secret->isVisible());

        const UserRecord added = userIn(*tab, QStringLiteral("nurse.banda"));
        QCOMPARE(added.fullName, QStringLiteral("Grace Banda"));
        QCOMPARE(added.sites, QStringList{site});
        QVERIFY(
            tab->findChild<QLabel*>(QStringLiteral("usersMessage"))->text().contains(QStringLiteral("nurse.banda")));
        QCOMPARE(tab->selectedUsername(), QStringLiteral("nurse.banda"));

        const Result<SignedInUser> signedIn = signInElsewhere(QStringLiteral("nurse.banda"), password);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        QCOMPARE(signedIn->role, UserRole::FieldStaff);
        QCOMPARE(signedIn->sites, QStringList{site});
        QVERIFY(!signInElsewhere(QStringLiteral("nurse.banda"), password + QStringLiteral("x")).ok());

        // The same username again: refused, said in the dialog, which stays open with what was typed.
        QTest::mouseClick(child<QPushButton>(tab.get(), QStringLiteral("addUserButton")), Qt::LeftButton);
        auto* again = waitForVisible<UserEditDialog>(tab.get(), QStringLiteral("userEditDialog"));
        QVERIFY(again);
        QTest::keyClicks(child<QLineEdit>(again, QStringLiteral("usernameField")), QStringLiteral("nurse.banda"));
        QTest::mouseClick(child<QPushButton>(again, QStringLiteral("userEditOk")), Qt::LeftButton);
        auto* message = child<QLabel>(again, QStringLiteral("userEditMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kWaitMs);
        QVERIFY2(message->text().contains(QStringLiteral("already a user named nurse.banda")),
                 qPrintable(message->text()));
        QVERIFY(again->isVisible());
        QCOMPARE(child<QLineEdit>(again, QStringLiteral("usernameField"))->text(), QStringLiteral("nurse.banda"));
        again->reject();
    }

    void changesRoleAndSites()
    {
        auto tab = openUsersTab();
        QVERIFY(tab);
        QVERIFY(selectRow(tab.get(), QStringLiteral("usersTable"), QStringLiteral("fieldstaff")));
        auto* dialog = editSelectedUser(*tab);
        QVERIFY(dialog);
        QPointer<UserEditDialog> guard(dialog);
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("usernameField"))->isReadOnly());
        auto* role = child<QComboBox>(dialog, QStringLiteral("roleField"));
        QCOMPARE(role->currentData().toInt(), static_cast<int>(UserRole::FieldStaff));
        role->setCurrentIndex(role->findData(static_cast<int>(UserRole::Supervisor)));
        const QString central = m_hub->topology().central()->name;
        auto* sites = child<QListWidget>(dialog, QStringLiteral("sitesList"));
        sites->findItems(central, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("userEditOk")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kWaitMs);

        const UserRecord changed = userIn(*tab, QStringLiteral("fieldstaff"));
        QCOMPARE(changed.role, UserRole::Supervisor);
        QVERIFY(changed.sites.contains(central));
        QCOMPARE(changed.sites.size(), 2);

        const Result<SignedInUser> signedIn =
            signInElsewhere(QStringLiteral("fieldstaff"), m_hub->password(QStringLiteral("fieldstaff")));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        QCOMPARE(signedIn->role, UserRole::Supervisor);
        QVERIFY(signedIn->sites.contains(central));
    }

    void resetsPasswordShownOnce()
    {
        auto tab = openUsersTab();
        QVERIFY(tab);
        const QString oldPassword = m_hub->password(QStringLiteral("supervisor"));
        QVERIFY(selectRow(tab.get(), QStringLiteral("usersTable"), QStringLiteral("supervisor")));
        QTest::mouseClick(child<QPushButton>(tab.get(), QStringLiteral("resetPasswordButton")), Qt::LeftButton);
        QVERIFY(acceptMessageBox(waitForVisible<QMessageBox>(tab.get(), QStringLiteral("confirmResetPassword"))));
        auto* secret = waitForVisible<OneTimeSecretDialog>(tab.get(), QStringLiteral("oneTimeSecretDialog"));
        QVERIFY(secret);
        const QString password = secret->secret();
        QCOMPARE(password.size(), 16);
        QVERIFY(password != oldPassword);
        secret->accept();

        const Result<SignedInUser> withNew = signInElsewhere(QStringLiteral("supervisor"), password);
        QVERIFY2(withNew.ok(), qPrintable(withNew.error().message));
        QVERIFY(!signInElsewhere(QStringLiteral("supervisor"), oldPassword).ok());

        // Each reset draws a new password.
        QVERIFY(UsersTab::generatePassword() != UsersTab::generatePassword());
    }

    void disablesAndEnablesUser()
    {
        auto tab = openUsersTab();
        QVERIFY(tab);
        const QString password = m_hub->password(QStringLiteral("roamer"));
        QVERIFY(selectRow(tab.get(), QStringLiteral("usersTable"), QStringLiteral("roamer")));
        auto* toggle = child<QPushButton>(tab.get(), QStringLiteral("toggleUserButton"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(acceptMessageBox(waitForVisible<QMessageBox>(tab.get(), QStringLiteral("confirmDisableUser"))));
        QTRY_VERIFY_WITH_TIMEOUT(!userIn(*tab, QStringLiteral("roamer")).active, kWaitMs);
        QVERIFY(!signInElsewhere(QStringLiteral("roamer"), password).ok());
        QTRY_VERIFY_WITH_TIMEOUT(toggle->isEnabled(), kWaitMs);
        QVERIFY2(toggle->text().contains(QStringLiteral("nable")), qPrintable(toggle->text()));

        QTest::mouseClick(toggle, Qt::LeftButton); // Enable: no question
        QTRY_VERIFY_WITH_TIMEOUT(userIn(*tab, QStringLiteral("roamer")).active, kWaitMs);
        QVERIFY(signInElsewhere(QStringLiteral("roamer"), password).ok());
    }

    void lastAdministratorRefusalIsSaidInWords()
    {
        auto tab = openUsersTab();
        QVERIFY(tab);
        QVERIFY(selectRow(tab.get(), QStringLiteral("usersTable"), QStringLiteral("admin")));
        QTest::mouseClick(child<QPushButton>(tab.get(), QStringLiteral("toggleUserButton")), Qt::LeftButton);
        QVERIFY(acceptMessageBox(waitForVisible<QMessageBox>(tab.get(), QStringLiteral("confirmDisableUser"))));
        auto* message = child<QLabel>(tab.get(), QStringLiteral("usersMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), kWaitMs);
        QVERIFY2(message->text().contains(QStringLiteral("admin is the last active administrator")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("make another user an administrator first")),
                 qPrintable(message->text()));
        QVERIFY(userIn(*tab, QStringLiteral("admin")).active);

        // Making the last administrator a supervisor: refused too, in the dialog, which stays open.
        auto* dialog = editSelectedUser(*tab);
        QVERIFY(dialog);
        auto* role = child<QComboBox>(dialog, QStringLiteral("roleField"));
        role->setCurrentIndex(role->findData(static_cast<int>(UserRole::Supervisor)));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("userEditOk")), Qt::LeftButton);
        auto* inDialog = child<QLabel>(dialog, QStringLiteral("userEditMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(inDialog->isVisible(), kWaitMs);
        QVERIFY2(inDialog->text().contains(QStringLiteral("last active administrator")), qPrintable(inDialog->text()));
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QCOMPARE(userIn(*tab, QStringLiteral("admin")).role, UserRole::Administrator);
        const Result<SignedInUser> admin =
            signInElsewhere(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
        QVERIFY(admin.ok());
        QCOMPARE(admin->role, UserRole::Administrator);
    }

    void listsFiltersAddsEditsAndDeactivatesItems()
    {
        auto tab = openItemsTab();
        QVERIFY(tab);
        const ItemRecord para = itemIn(*tab, QStringLiteral("PARA500"));
        QCOMPARE(para.code, QStringLiteral("PARA500"));
        QCOMPARE(para.name, QStringLiteral("Paracetamol 500 mg tablets"));
        QVERIFY(tab->minimumSizeHint().width() <= 1024);

        auto* table = child<QTableView>(tab.get(), QStringLiteral("itemsTable"));
        QTest::keyClicks(child<QLineEdit>(tab.get(), QStringLiteral("itemFilter")), QStringLiteral("paracetamol"));
        QVERIFY(table->model()->rowCount() >= 1);
        QVERIFY(table->model()->rowCount() < tab->findChild<ItemTableModel*>()->rowCount());
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()
                        ->index(row, ItemTableModel::NameColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("aracetamol")));
        child<QLineEdit>(tab.get(), QStringLiteral("itemFilter"))->clear();

        // Add.
        QTest::mouseClick(child<QPushButton>(tab.get(), QStringLiteral("addItemButton")), Qt::LeftButton);
        auto* add = waitForVisible<ItemEditDialog>(tab.get(), QStringLiteral("itemEditDialog"));
        QVERIFY(add);
        QPointer<ItemEditDialog> addGuard(add);
        QTest::keyClicks(child<QLineEdit>(add, QStringLiteral("itemCodeField")), QStringLiteral("SYR5ML"));
        QTest::keyClicks(child<QLineEdit>(add, QStringLiteral("itemNameField")), QStringLiteral("Syringe 5 ml"));
        QTest::keyClicks(child<QLineEdit>(add, QStringLiteral("itemUnitField")), QStringLiteral("piece"));
        child<QSpinBox>(add, QStringLiteral("itemPackSizeField"))->setValue(100);
        QTest::mouseClick(child<QPushButton>(add, QStringLiteral("itemEditOk")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!addGuard || !addGuard->isVisible(), kWaitMs);
        QCOMPARE(tab->selectedCode(), QStringLiteral("SYR5ML"));
        QVector<ItemRecord> hubItems = itemsAtHub();
        const ItemRecord* atHub = find(hubItems, QStringLiteral("SYR5ML"));
        QVERIFY(atHub);
        QCOMPARE(atHub->name, QStringLiteral("Syringe 5 ml"));
        QCOMPARE(atHub->unit, QStringLiteral("piece"));
        QCOMPARE(atHub->packSize, 100);
        QVERIFY(atHub->active);

        // Edit, with Enter on the row: the code is read-only.
        QVERIFY(selectRow(tab.get(), QStringLiteral("itemsTable"), QStringLiteral("SYR5ML")));
        QTest::keyClick(table, Qt::Key_Return);
        auto* edit = waitForVisible<ItemEditDialog>(tab.get(), QStringLiteral("itemEditDialog"));
        QVERIFY(edit);
        QPointer<ItemEditDialog> editGuard(edit);
        QVERIFY(child<QLineEdit>(edit, QStringLiteral("itemCodeField"))->isReadOnly());
        auto* name = child<QLineEdit>(edit, QStringLiteral("itemNameField"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Syringe, 5 ml, sterile"));
        child<QSpinBox>(edit, QStringLiteral("itemPackSizeField"))->setValue(50);
        QTest::mouseClick(child<QPushButton>(edit, QStringLiteral("itemEditOk")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editGuard || !editGuard->isVisible(), kWaitMs);
        QCOMPARE(itemIn(*tab, QStringLiteral("SYR5ML")).name, QStringLiteral("Syringe, 5 ml, sterile"));
        hubItems = itemsAtHub();
        atHub = find(hubItems, QStringLiteral("SYR5ML"));
        QVERIFY(atHub);
        QCOMPARE(atHub->name, QStringLiteral("Syringe, 5 ml, sterile"));
        QCOMPARE(atHub->packSize, 50);

        // Deactivate, then reactivate.
        auto* toggle = child<QPushButton>(tab.get(), QStringLiteral("toggleItemButton"));
        QVERIFY(selectRow(tab.get(), QStringLiteral("itemsTable"), QStringLiteral("SYR5ML")));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!toggle->isEnabled()); // while the request runs
        QTRY_VERIFY_WITH_TIMEOUT(!itemIn(*tab, QStringLiteral("SYR5ML")).active, kWaitMs);
        hubItems = itemsAtHub();
        atHub = find(hubItems, QStringLiteral("SYR5ML"));
        QVERIFY(atHub);
        QVERIFY(!atHub->active);
        QTRY_VERIFY_WITH_TIMEOUT(toggle->isEnabled(), kWaitMs);
        QVERIFY2(toggle->text().contains(QStringLiteral("eactivate")) && !toggle->text().contains(QStringLiteral("De")),
                 qPrintable(toggle->text()));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(itemIn(*tab, QStringLiteral("SYR5ML")).active, kWaitMs);

        // A code already taken: refused in the dialog.
        QTest::mouseClick(child<QPushButton>(tab.get(), QStringLiteral("addItemButton")), Qt::LeftButton);
        auto* again = waitForVisible<ItemEditDialog>(tab.get(), QStringLiteral("itemEditDialog"));
        QVERIFY(again);
        QTest::keyClicks(child<QLineEdit>(again, QStringLiteral("itemCodeField")), QStringLiteral("PARA500"));
        QTest::keyClicks(child<QLineEdit>(again, QStringLiteral("itemNameField")), QStringLiteral("Another"));
        QTest::mouseClick(child<QPushButton>(again, QStringLiteral("itemEditOk")), Qt::LeftButton);
        auto* message = child<QLabel>(again, QStringLiteral("itemEditMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kWaitMs);
        QVERIFY2(message->text().contains(QStringLiteral("PARA500")), qPrintable(message->text()));
        again->reject();
        hubItems = itemsAtHub();
        QVERIFY(find(hubItems, QStringLiteral("PARA500")));
        QCOMPARE(find(hubItems, QStringLiteral("PARA500"))->name, para.name);
    }

    void importsCsvAfterADryRun()
    {
        auto tab = openItemsTab();
        QVERIFY(tab);
        const QVector<ItemRecord> before = itemsAtHub();
        QVERIFY(find(before, QStringLiteral("ORS")));
        QVERIFY(!find(before, QStringLiteral("GLOVES-M")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("items.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,name,unit,pack_size\n"
                   "GLOVES-M,\"Gloves, examination, medium\",pair,50\n"
                   "ORS,Oral rehydration salts (WHO),sachet,1\n"
                   "BADPACK,Bad pack size,piece,many\n");
        file.close();

        QTest::mouseClick(child<QPushButton>(tab.get(), QStringLiteral("importItemsButton")), Qt::LeftButton);
        auto* chooser = waitForVisible<QFileDialog>(tab.get(), QStringLiteral("importFileDialog"));
        QVERIFY(chooser);
        chooser->selectFile(path);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept is protected; the OK button calls it

        auto* dialog = waitForVisible<ItemImportDialog>(tab.get(), QStringLiteral("itemImportDialog"));
        QVERIFY(dialog);
        ItemImportReportModel* report = dialog->reportModel();
        QTRY_COMPARE_WITH_TIMEOUT(report->rowCount(), 3, kWaitMs);
        QVERIFY(!report->report().applied);
        QCOMPARE(report->report().created, 1);
        QCOMPARE(report->report().updated, 1);
        QCOMPARE(report->report().refused, 1);
        const auto outcomeOf = [&](int row) {
            return report->index(row, ItemImportReportModel::OutcomeColumn).data().toString();
        };
        QCOMPARE(report->index(0, ItemImportReportModel::LineColumn).data().toInt(), 2);
        QCOMPARE(report->index(0, ItemImportReportModel::CodeColumn).data().toString(), QStringLiteral("GLOVES-M"));
        QCOMPARE(outcomeOf(0), QStringLiteral("created"));
        QCOMPARE(outcomeOf(1), QStringLiteral("updated"));
        QCOMPARE(outcomeOf(2), QStringLiteral("refused"));
        QVERIFY(!report->index(2, ItemImportReportModel::ReasonColumn).data().toString().isEmpty());
        const QString summary = child<QLabel>(dialog, QStringLiteral("importSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("nothing changed")), qPrintable(summary));
        QVERIFY(dialog->minimumSizeHint().height() <= 560 && dialog->minimumSizeHint().width() <= 1024);

        // The dry run changed nothing at the hub.
        const QVector<ItemRecord> afterDryRun = itemsAtHub();
        QVERIFY(!find(afterDryRun, QStringLiteral("GLOVES-M")));
        QVERIFY(find(afterDryRun, QStringLiteral("ORS")));
        QCOMPARE(find(afterDryRun, QStringLiteral("ORS"))->name, find(before, QStringLiteral("ORS"))->name);
        QCOMPARE(afterDryRun.size(), before.size());

        auto* apply = child<QPushButton>(dialog, QStringLiteral("applyImportButton"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(report->report().applied, kWaitMs);
        QCOMPARE(report->report().created, 1);
        QCOMPARE(report->report().updated, 1);
        QCOMPARE(report->report().refused, 1);
        QVERIFY(!apply->isVisible());
        const QString final = child<QLabel>(dialog, QStringLiteral("importSummary"))->text();
        QVERIFY2(final.startsWith(QStringLiteral("Imported")), qPrintable(final));

        const QVector<ItemRecord> after = itemsAtHub();
        const ItemRecord* gloves = find(after, QStringLiteral("GLOVES-M"));
        QVERIFY(gloves);
        QCOMPARE(gloves->name, QStringLiteral("Gloves, examination, medium"));
        QCOMPARE(gloves->packSize, 50);
        QVERIFY(find(after, QStringLiteral("ORS")));
        QCOMPARE(find(after, QStringLiteral("ORS"))->name, QStringLiteral("Oral rehydration salts (WHO)"));
        QVERIFY(!find(after, QStringLiteral("BADPACK")));
        // The tab reloads after an import.
        QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<ItemTableModel*>()->row(QStringLiteral("GLOVES-M")) >= 0, kWaitMs);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("closeImportButton")), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestCatalogueTabs)
#include "TestCatalogueTabs.moc"
