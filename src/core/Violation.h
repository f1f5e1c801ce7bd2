#pragma once

#include <QString>

namespace syncsites {

/// One broken topology rule: the rule id as numbered in the spec (R1..R7), the site or store it is about,
/// and a sentence an administrator can act on.
struct Violation
{
    QString rule;
    QString subject;
    QString message;

    bool operator==(const Violation& other) const
    {
        return rule == other.rule && subject == other.subject && message == other.message;
    }
};

} // namespace syncsites
