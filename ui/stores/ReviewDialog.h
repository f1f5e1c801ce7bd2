#pragma once

#include "TopologyPreview.h"
#include "Violation.h"
#include "VisibilityAction.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTreeWidgetItem;

namespace syncsites::ui {

namespace Ui {
class ReviewDialog;
}

/// "Review and apply": what the pending edits will do before they are applied. The local plan (VisibilityPlanner)
/// shows at once; the hub's preview adds its records estimates and its own check of the rules. Apply stays
/// disabled while any rule is broken or the preview has not answered. After a conflict (someone else changed the
/// network) it shows their changes and the pending edits, and offers to re-apply the edits on the latest or
/// discard them. It only shows and asks: the StoresPage does the work. The static layout is ReviewDialog.ui; the
/// actions, violations and conflict lists are filled from data.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewDialog(QWidget* parent = nullptr);
    ~ReviewDialog() override;

    /// A fresh review: the edits in words, the local plan and the local validator's violations.
    void setPlan(const QString& summary, const QVector<VisibilityAction>& actions,
                 const QVector<Violation>& violations);
    void setPreview(const TopologyPreview& preview);
    void setPreviewError(const QString& message);
    void setApplying();
    void setApplyError(const QString& message, const QVector<Violation>& violations = {});
    void showConflict(const QString& message, const QStringList& theirChanges, const QStringList& yourEdits,
                      const QStringList& overlaps);

    bool isApplyEnabled() const;

signals:
    void applyRequested();
    void rebaseRequested();
    void discardRequested();

private:
    void addViolations(const QVector<Violation>& violations, const QString& source);
    void updateApply();
    QTreeWidgetItem* group(VisibilityAction::Kind kind);
    static QString actionKey(const VisibilityAction& action);

    const std::unique_ptr<Ui::ReviewDialog> m_ui;
    QPushButton* m_apply;
    QPushButton* m_close;

    bool m_previewValid = false;
    bool m_localValid = false;
    bool m_busy = false;
    bool m_inConflict = false;
};

} // namespace syncsites::ui
