#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QLocalServer;
class QLockFile;
class QWidget;

namespace syncsites::app {

/// One running app per replica (or per settings file, where there is no replica): a QLockFile next to the file
/// (lockFileOf(): `<file>.app-lock`) says which process has it, and a local server named after the file (serverName())
/// lets a second start ask that process to show its window. A lock left by a process that no longer runs (it crashed)
/// is taken over. Releasing is destroying: the locks go with this object.
///
/// Threading: the GUI thread (the local servers answer through its event loop).
class InstanceGuard : public QObject
{
    Q_OBJECT

public:
    enum class Claim
    {
        Ours,        ///< this process has the file now (or had it already); also when it cannot be locked at all
        OtherTold,   ///< another process has it and was asked to show its window
        OtherSilent, ///< another process has it and could not be reached (its pid, its host: holder())
    };

    /// Who has a file this process could not claim: as QLockFile::getLockInfo() tells.
    struct Holder
    {
        qint64 pid = 0;
        QString hostname;
        QString lockFile;
    };

    explicit InstanceGuard(QObject* parent = nullptr);
    ~InstanceGuard() override;

    /// Claims `file` (which need not exist yet; its folder is made): locks it and listens for others' requests to
    /// show the window. When another process has it, asks it to show its window (it does not wait for it to do so).
    /// A file that cannot be locked (a read-only folder) is not guarded: Ours, with a warning in the log.
    Claim claim(const QString& file);
    /// Whether this process has claimed `file`.
    bool holds(const QString& file) const;
    /// The process that has the file the last claim() could not take.
    Holder holder() const { return m_holder; }

    /// Why this start goes no further, after claim() found `file` another process's: its window is shown, or that
    /// process does not answer (with what to do).
    QString refusal(const QString& file) const;

    /// The lock file that says who has `file`.
    static QString lockFileOf(const QString& file);
    /// The local server's name for `file`: the same for every spelling of its path.
    static QString serverName(const QString& file);
    /// Shows `window` (maximised stays maximised, minimised is restored) in front, and the dialog open over it;
    /// without a window (a set-up or sign-in still open), that dialog.
    static void bringToFront(QWidget* window);

signals:
    /// Another start asked this process to show its window.
    void showRequested();

private:
    struct Claimed;
    void listen(Claimed& claimed);
    bool tell(const QString& name) const;

    std::vector<std::unique_ptr<Claimed>> m_claims;
    Holder m_holder;
    bool m_told = false; ///< the last claim() reached the other process
};

} // namespace syncsites::app
