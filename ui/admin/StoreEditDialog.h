#pragma once

#include "Topology.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace syncsites::ui {

/// Asks for a store's fields: a new store (code, name, home site), a new name, or a new home site (the
/// hand-over), with whether the old home keeps a read-only Collector copy. Only the data-holding sites are offered
/// as homes. It only asks: the StoresAdminTab sends.
class StoreEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Rename,
        MoveHome
    };

    /// `store`: the store to rename or move (ignored when adding).
    StoreEditDialog(Mode mode, const Topology& topology, const Store* store, QWidget* parent = nullptr);

    QString code() const;
    QString name() const;
    QString home() const;
    /// Moving home: the old home keeps a Collector copy of the store.
    bool keepCollectorAtOldHome() const;

    void setCode(const QString& code);
    void setName(const QString& name);
    void setHome(const QString& site);

private:
    void validate();

    Mode m_mode;
    Topology m_topology;
    QString m_oldHome;
    QString m_oldName;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_home;
    QCheckBox* m_keep;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
