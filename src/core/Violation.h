#pragma once

#include <QString>

namespace syncsites {

/// One broken topology rule: the rule id as numbered in the spec (R1..R7), what it is about (a site's name or
/// a store's code; empty for the network as a whole), and a sentence an administrator can act on.
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
