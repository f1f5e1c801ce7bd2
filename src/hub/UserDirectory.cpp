#include "UserDirectory.h"

#include "RecordStore.h"
#include "StableId.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace syncsites {

namespace {

QString userSiteId(const QString& username, const QString& site)
{
    // The id HubProvisioner gives, so that accounts made either way look the same.
    return StableId::of(QStringLiteral("user_site"), username + QLatin1Char('/') + site);
}

} // namespace

QJsonObject UserAccount::toJson() const
{
    return QJsonObject{{QStringLiteral("username"), username},
                       {QStringLiteral("full_name"), fullName},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("sites"), QJsonArray::fromStringList(sites)},
                       {QStringLiteral("active"), active}};
}

Result<std::optional<UserAccount>> UserDirectory::find(const QString& username)
{
    Result<QVector<UserAccount>> found = select(username);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(found->first());
}

Result<QVector<UserAccount>> UserDirectory::all()
{
    return select(std::nullopt);
}

Result<QVector<UserAccount>> UserDirectory::select(const std::optional<QString>& username)
{
    RecordStore records(m_database);
    QVector<QJsonObject> rows;
    if (username) {
        const Result<std::optional<QJsonObject>> row = records.get(u"user_account", StableId::user(*username));
        if (!row)
            return row.error();
        if (row->has_value())
            rows.append(**row);
    } else {
        Result<QVector<QJsonObject>> list = records.list(u"user_account");
        if (!list)
            return list.error();
        rows = std::move(list).value();
    }
    if (rows.isEmpty())
        return QVector<UserAccount>();

    // Users are few (tens to hundreds): one pass over user_site serves them all.
    const Result<QVector<QJsonObject>> links = records.list(u"user_site");
    if (!links)
        return links.error();
    QHash<QString, QStringList> sitesByUser;
    for (const QJsonObject& link : *links) {
        const QString name = m_siteNameById.value(link.value(QStringLiteral("site_id")).toString());
        if (!name.isEmpty())
            sitesByUser[link.value(QStringLiteral("user_id")).toString()].append(name);
    }

    QVector<UserAccount> out;
    for (const QJsonObject& row : rows) {
        UserAccount a;
        a.id = row.value(QStringLiteral("id")).toString();
        a.username = row.value(QStringLiteral("username")).toString();
        a.fullName = row.value(QStringLiteral("full_name")).toString();
        a.role = row.value(QStringLiteral("role")).toString();
        a.passwordHash = row.value(QStringLiteral("password_hash")).toString();
        a.active = row.value(QStringLiteral("active")).toBool();
        a.sites = sitesByUser.value(a.id);
        a.sites.sort();
        out.append(a);
    }
    std::sort(out.begin(), out.end(),
              [](const UserAccount& x, const UserAccount& y) { return x.username < y.username; });
    return out;
}

Status UserDirectory::save(const UserAccount& account)
{
    RecordStore records(m_database);
    const QString userId = StableId::user(account.username);
    const QJsonObject row{{QStringLiteral("id"), userId},
                          {QStringLiteral("username"), account.username},
                          {QStringLiteral("password_hash"), account.passwordHash},
                          {QStringLiteral("role"), account.role},
                          {QStringLiteral("full_name"), account.fullName},
                          {QStringLiteral("active"), account.active}};
    if (Status s = records.upsert(u"user_account", row); !s)
        return s;

    const Result<QVector<QJsonObject>> links = records.list(u"user_site");
    if (!links)
        return links.error();
    QSet<QString> keep;
    for (const QString& site : account.sites)
        keep.insert(StableId::site(site));
    for (const QJsonObject& link : *links) {
        if (link.value(QStringLiteral("user_id")).toString() != userId)
            continue;
        const QString siteId = link.value(QStringLiteral("site_id")).toString();
        if (keep.remove(siteId))
            continue; // already there
        if (const Result<bool> removed = records.remove(u"user_site", link.value(QStringLiteral("id")).toString());
            !removed)
            return removed.error();
    }
    for (const QString& site : account.sites) {
        if (!keep.contains(StableId::site(site)))
            continue;
        const QJsonObject link{{QStringLiteral("id"), userSiteId(account.username, site)},
                               {QStringLiteral("user_id"), userId},
                               {QStringLiteral("site_id"), StableId::site(site)}};
        if (Status s = records.upsert(u"user_site", link); !s)
            return s;
    }
    return {};
}

} // namespace syncsites
