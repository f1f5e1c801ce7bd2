#pragma once

#include <QString>

namespace syncsites {

/// Database ids of named things: a UUID v5 of the kind and the name, so the same network gets the same ids on
/// every site and in every run (the demo, tests, an import on a fresh hub). Records made by users get random ids.
class StableId
{
public:
    static QString site(const QString& name);
    static QString store(const QString& code);
    static QString item(const QString& code);
    static QString user(const QString& username);
    /// Any other named thing: `kind` says what it is ("site_link", "store_visibility", ...).
    static QString of(const QString& kind, const QString& key);
};

} // namespace syncsites
