#pragma once

#include "SyncHealth.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;

namespace syncsites::ui {

/// The app's look: the Fusion style with a light or dark palette, or the system's. Every page uses palette roles
/// (and syncHealthColor / SyncTypeStyle, chosen to read on both), so switching needs no page to know.
class Theme
{
public:
    /// "system", "light" or "dark".
    static void apply(const QString& theme);
    static bool isDark();
    /// An SVG icon that stays readable on a selection: drawn as it is normally, and in the palette's
    /// highlighted-text colour when selected (navigation lists).
    static QIcon selectableIcon(const QString& svgResource);
    /// The colour of a health written as text (a table cell, a label): a darker shade of syncHealthColor on the
    /// light palette, a lighter one on the dark, each at least 4.5:1 (WCAG AA) against the Base, AlternateBase and
    /// Window colours. syncHealthColor stays for fills (rings, dots, tiles), which carry a glyph or a word too.
    static QColor healthTextColor(SyncHealth health);
    /// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static double contrastRatio(const QColor& a, const QColor& b);
};

} // namespace syncsites::ui
