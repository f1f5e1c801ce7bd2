#include "HttpRouter.h"

#include <algorithm>

namespace syncsites {

namespace {

bool isParamNameChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
    return first ? letter : (letter || (u >= u'0' && u <= u'9'));
}

bool isValidRouteName(const QString& name)
{
    if (name.isEmpty() || name.size() > 100)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' ||
                        u == u'-' || u == u'.' || u == u':' || u == u'/';
        if (!ok)
            return false;
    }
    return true;
}

Error patternError(const QString& pattern, const QString& why)
{
    return Error{QStringLiteral("invalid_route_pattern"),
                 QStringLiteral("The route pattern \"%1\" is invalid: %2.").arg(pattern, why), QVariant()};
}

// Literal segments are more specific than parameters; the earliest difference decides.
bool moreSpecific(const HttpRouter::Route& a, const HttpRouter::Route& b)
{
    for (int i = 0; i < a.segments.size(); ++i) {
        if (a.segments.at(i).isParam != b.segments.at(i).isParam)
            return !a.segments.at(i).isParam;
    }
    return false;
}

bool sameShape(const HttpRouter::Route& a, const QVector<HttpRouter::Segment>& segments)
{
    if (a.segments.size() != segments.size())
        return false;
    for (int i = 0; i < segments.size(); ++i) {
        const auto& x = a.segments.at(i);
        const auto& y = segments.at(i);
        if (x.isParam != y.isParam || (!x.isParam && x.text != y.text))
            return false;
    }
    return true;
}

bool matches(const HttpRouter::Route& route, const QStringList& segments, QHash<QString, QString>* params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (int i = 0; i < segments.size(); ++i) {
        const auto& s = route.segments.at(i);
        if (s.isParam) {
            if (segments.at(i).isEmpty())
                return false;
        } else if (s.text != segments.at(i)) {
            return false;
        }
    }
    if (params) {
        for (int i = 0; i < segments.size(); ++i) {
            if (route.segments.at(i).isParam)
                params->insert(route.segments.at(i).text, segments.at(i));
        }
    }
    return true;
}

} // namespace

Result<QVector<HttpRouter::Segment>> HttpRouter::parsePattern(const QString& pattern)
{
    if (!pattern.startsWith(QLatin1Char('/')))
        return patternError(pattern, QStringLiteral("it must start with \"/\""));
    QVector<Segment> segments;
    if (pattern.size() == 1)
        return segments;
    const QStringList parts = pattern.mid(1).split(QLatin1Char('/'));
    QStringList paramNames;
    for (const QString& part : parts) {
        if (part.isEmpty())
            return patternError(pattern, QStringLiteral("it has an empty segment"));
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            const QString name = part.mid(1, part.size() - 2);
            bool valid = !name.isEmpty();
            for (int i = 0; valid && i < name.size(); ++i)
                valid = isParamNameChar(name.at(i), i == 0);
            if (!valid)
                return patternError(pattern, QStringLiteral("\"%1\" is not a valid parameter name").arg(part));
            if (paramNames.contains(name))
                return patternError(pattern, QStringLiteral("the parameter \"%1\" appears twice").arg(name));
            paramNames.append(name);
            segments.append(Segment{name, true});
        } else {
            if (part.contains(QLatin1Char('{')) || part.contains(QLatin1Char('}')))
                return patternError(pattern, QStringLiteral("\"%1\" mixes text and a parameter").arg(part));
            segments.append(Segment{part, false});
        }
    }
    return segments;
}

Status HttpRouter::add(HttpMethod method, const QString& pattern, const QString& name, Handler handler, Limits limits)
{
    Result<QVector<Segment>> segments = parsePattern(pattern);
    if (!segments)
        return segments.error();
    if (!isValidRouteName(name)) {
        return Error{
            QStringLiteral("invalid_route_name"),
            QStringLiteral("The route name \"%1\" is invalid: use 1 to 100 letters, digits and _ - . : /.").arg(name),
            QVariant()};
    }
    if (!handler) {
        return Error{QStringLiteral("invalid_route_handler"),
                     QStringLiteral("The route \"%1\" has no handler.").arg(name), QVariant()};
    }
    for (const auto& existing : m_routes) {
        if (existing->method == method && sameShape(*existing, *segments)) {
            return Error{QStringLiteral("duplicate_route"),
                         QStringLiteral("%1 %2 is already routed to \"%3\".")
                             .arg(QString::fromLatin1(httpMethodName(method)), pattern, existing->name),
                         QVariant()};
        }
    }
    auto route = std::make_unique<Route>();
    route->method = method;
    route->pattern = pattern;
    route->name = name;
    route->handler = std::move(handler);
    route->limits = limits;
    route->segments = std::move(segments).value();
    m_routes.push_back(std::move(route));
    return Status();
}

HttpRouter::Match HttpRouter::match(std::optional<HttpMethod> method, const QStringList& segments) const
{
    Match result;
    const Route* best = nullptr;
    for (const auto& route : m_routes) {
        if (!matches(*route, segments, nullptr))
            continue;
        if (!result.allowedMethods.contains(route->method))
            result.allowedMethods.append(route->method);
        if (method && route->method == *method && (!best || moreSpecific(*route, *best)))
            best = route.get();
    }
    std::sort(result.allowedMethods.begin(), result.allowedMethods.end());
    if (best) {
        result.outcome = Match::Outcome::Found;
        result.route = best;
        matches(*best, segments, &result.params);
    } else if (!result.allowedMethods.isEmpty()) {
        result.outcome = Match::Outcome::MethodNotAllowed;
    }
    return result;
}

Result<QStringList> HttpRouter::splitPath(const QByteArray& rawPath)
{
    if (!rawPath.startsWith('/')) {
        return Error{QStringLiteral("invalid_path"), QStringLiteral("The request path must start with \"/\"."),
                     QVariant()};
    }
    QStringList segments;
    if (rawPath.size() == 1)
        return segments;
    const QList<QByteArray> parts = rawPath.mid(1).split('/');
    segments.reserve(parts.size());
    for (const QByteArray& part : parts)
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(part)));
    return segments;
}

} // namespace syncsites
