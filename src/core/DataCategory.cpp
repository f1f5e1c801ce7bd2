#include "DataCategory.h"

namespace syncsites {

QString categoryId(Category category)
{
    return category == Category::Core ? QStringLiteral("core") : QStringLiteral("oms");
}

std::optional<Category> categoryFromId(QStringView id)
{
    if (id == u"core")
        return Category::Core;
    if (id == u"oms")
        return Category::Oms;
    return std::nullopt;
}

} // namespace syncsites
