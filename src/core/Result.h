#pragma once

#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace syncsites {

/// An error as a value: a stable machine code (snake_case, never translated) and a sentence for people.
struct Error
{
    Error() = default;
    Error(QString code_, QString message_, QVariant details_ = {})
        : code(std::move(code_)), message(std::move(message_)), details(std::move(details_))
    {}

    QString code;
    QString message;
    QVariant details;

    bool operator==(const Error& other) const { return code == other.code && message == other.message; }
};

/// Either a value or an Error. Library code returns these; only widgets show errors to people.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// A Result that carries no value.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace syncsites
