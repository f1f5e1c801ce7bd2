#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace syncsites {

/// The two kinds of synced data. `core` is everything the legacy mSupply server holds (hub: the
/// msupply_central); `oms` is Open mSupply-only data such as assets and temperature logs (hub: the oms_central).
enum class Category
{
    Core,
    Oms,
};

inline constexpr std::array<Category, 2> allCategories{Category::Core, Category::Oms};

/// "core" or "oms": the identifier used in files, the database and the API.
QString categoryId(Category category);
std::optional<Category> categoryFromId(QStringView id);

} // namespace syncsites
