#pragma once

#include <QLayout>
#include <QList>

namespace syncsites::ui {

/// Lays its items out left to right and wraps to a new line when the width runs out: legends and toolbars that
/// stay one row on a wide window and fold under themselves on a netbook (1024x600) or at 200% scale. Its minimum
/// width is that of its widest item, and its height follows its width (heightForWidth). Items that end a line and
/// are aligned right (setAlignment(widget, Qt::AlignRight)) keep to the right edge, as after a stretch.
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget* parent = nullptr, int horizontalSpacing = 6, int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int layOut(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace syncsites::ui
