// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/svgpathparser.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace unknot {

namespace {

// Integers below 10^15 and powers of ten up to 10^22 are exact doubles, so one multiplication
// or division gives the correctly rounded value.
constexpr int kExactDigits = 15;
constexpr int kMaxExactPower = 22;
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// SVG numbers use ASCII digits only (QChar::isDigit also accepts other scripts' digits).
bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

class Reader
{
public:
    explicit Reader(QStringView d) : m_d(d) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_d.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_d.at(m_pos); }
    void advance() { ++m_pos; }

    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    // Separators between numbers: white space with at most one comma.
    void skipSeparator()
    {
        skipSpace();
        if (peek() == QLatin1Char(',')) {
            ++m_pos;
            skipSpace();
        }
    }

    bool startsNumber() const
    {
        const QChar c = peek();
        return isDigit(c) || c == QLatin1Char('-') || c == QLatin1Char('+') ||
               c == QLatin1Char('.');
    }

    // SVG number grammar: sign? (digits ('.' digits?)? | '.' digits) exponent?
    // Reading stops at the first character that cannot continue the number, which is what
    // makes "1-2" and ".5.5" two numbers each.
    std::optional<double> number()
    {
        const qsizetype start = m_pos;
        bool negative = false;
        if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+')) {
            negative = peek() == QLatin1Char('-');
            ++m_pos;
        }
        // Fast path: the shipped data has short decimals, which are exact as an integer
        // mantissa scaled by an exact power of ten. Qt's general conversion costs thousands of
        // instructions a number, which showed on the first screen.
        quint64 mantissa = 0;
        int significant = 0;
        int scale = 0; // decimal exponent contributed by the digits themselves
        qsizetype digits = 0;
        auto takeDigit = [&](bool fraction) {
            const int d = peek().unicode() - '0';
            if (significant < kExactDigits) {
                if (mantissa != 0 || d != 0)
                    ++significant;
                mantissa = mantissa * 10 + d;
                if (fraction)
                    --scale;
            } else if (!fraction) {
                ++scale; // digits beyond what we keep still count in the integer part
            }
            ++m_pos;
            ++digits;
        };
        while (isDigit(peek()))
            takeDigit(false);
        if (peek() == QLatin1Char('.')) {
            ++m_pos;
            while (isDigit(peek()))
                takeDigit(true);
        }
        if (digits == 0) {
            m_pos = start;
            return std::nullopt;
        }
        int exponent = 0;
        if (peek() == QLatin1Char('e') || peek() == QLatin1Char('E')) {
            const qsizetype expStart = m_pos;
            ++m_pos;
            bool expNegative = false;
            if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+')) {
                expNegative = peek() == QLatin1Char('-');
                ++m_pos;
            }
            qsizetype expDigits = 0;
            while (isDigit(peek())) {
                exponent = std::min(exponent * 10 + (peek().unicode() - '0'), 100000);
                ++m_pos;
                ++expDigits;
            }
            if (expDigits == 0) {
                m_pos = expStart; // "2e" is the number 2 followed by garbage, reported later
                exponent = 0;
            } else if (expNegative) {
                exponent = -exponent;
            }
        }
        const int power = scale + exponent;
        if (significant < kExactDigits && std::abs(power) <= kMaxExactPower) {
            double value = double(mantissa);
            value = power >= 0 ? value * kPowersOfTen[power] : value / kPowersOfTen[-power];
            return negative ? -value : value;
        }
        bool ok = false;
        const double value = m_d.sliced(start, m_pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            m_pos = start;
            return std::nullopt;
        }
        return value;
    }

private:
    QStringView m_d;
    qsizetype m_pos = 0;
};

int argumentCount(QChar command)
{
    switch (command.toUpper().toLatin1()) {
    case 'M':
    case 'L':
    case 'T':
        return 2;
    case 'H':
    case 'V':
        return 1;
    case 'C':
        return 6;
    case 'S':
    case 'Q':
        return 4;
    case 'Z':
        return 0;
    default:
        return -1;
    }
}

SvgPathParseResult failure(qsizetype offset, const QString &what)
{
    SvgPathParseResult r;
    r.errorOffset = offset;
    r.error = QStringLiteral("%1 at character %2").arg(what).arg(offset);
    return r;
}

QPointF reflect(QPointF control, QPointF about)
{
    return 2 * about - control;
}

} // namespace

SvgPathParseResult parseSvgPath(QStringView d)
{
    Reader in(d);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);

    QPointF current;
    QPointF subpathStart;
    QPointF lastCubicControl;
    QPointF lastQuadControl;
    QChar previous;
    QChar command;
    bool any = false;

    in.skipSpace();
    if (in.atEnd())
        return failure(0, QStringLiteral("empty path data"));

    while (true) {
        in.skipSpace();
        if (in.atEnd())
            break;

        const qsizetype commandOffset = in.pos();
        if (in.peek().isLetter()) {
            command = in.peek();
            if (argumentCount(command) < 0)
                return failure(commandOffset,
                               QStringLiteral("unsupported command '%1'").arg(command));
            in.advance();
        } else if (!in.startsNumber()) {
            return failure(commandOffset,
                           QStringLiteral("unexpected character '%1'").arg(in.peek()));
        } else if (command.isNull()) {
            return failure(commandOffset, QStringLiteral("a number before any command"));
        } else if (command == QLatin1Char('Z') || command == QLatin1Char('z')) {
            return failure(commandOffset, QStringLiteral("a number after 'Z', which takes none"));
        }
        // else: implicit repetition of the previous command.

        if (!any && command != QLatin1Char('M') && command != QLatin1Char('m'))
            return failure(commandOffset, QStringLiteral("path must start with 'M' or 'm'"));
        any = true;

        const int count = argumentCount(command);
        double a[6] = {};
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                in.skipSeparator();
            else
                in.skipSpace();
            const qsizetype at = in.pos();
            const std::optional<double> v = in.number();
            if (!v) {
                const QString found = in.atEnd() ? QStringLiteral("the end of the data")
                                                 : QStringLiteral("'%1'").arg(in.peek());
                return failure(at, QStringLiteral("expected number %1 of %2 for '%3', found %4")
                                       .arg(i + 1)
                                       .arg(count)
                                       .arg(command)
                                       .arg(found));
            }
            a[i] = *v;
        }
        if (count > 0)
            in.skipSeparator();

        const bool relative = command.isLower();
        const QPointF base = relative ? current : QPointF();
        const char upper = command.toUpper().toLatin1();
        const char previousUpper = previous.isNull() ? 0 : previous.toUpper().toLatin1();

        switch (upper) {
        case 'M':
            current = base + QPointF(a[0], a[1]);
            subpathStart = current;
            path.moveTo(current);
            // Pairs that follow a move are line segments.
            command = relative ? QLatin1Char('l') : QLatin1Char('L');
            break;
        case 'L':
            current = base + QPointF(a[0], a[1]);
            path.lineTo(current);
            break;
        case 'H':
            current.setX((relative ? current.x() : 0) + a[0]);
            path.lineTo(current);
            break;
        case 'V':
            current.setY((relative ? current.y() : 0) + a[0]);
            path.lineTo(current);
            break;
        case 'C': {
            const QPointF c1 = base + QPointF(a[0], a[1]);
            const QPointF c2 = base + QPointF(a[2], a[3]);
            current = base + QPointF(a[4], a[5]);
            path.cubicTo(c1, c2, current);
            lastCubicControl = c2;
            break;
        }
        case 'S': {
            const bool smooth = previousUpper == 'C' || previousUpper == 'S';
            const QPointF c1 = smooth ? reflect(lastCubicControl, current) : current;
            const QPointF c2 = base + QPointF(a[0], a[1]);
            current = base + QPointF(a[2], a[3]);
            path.cubicTo(c1, c2, current);
            lastCubicControl = c2;
            break;
        }
        case 'Q': {
            const QPointF c = base + QPointF(a[0], a[1]);
            current = base + QPointF(a[2], a[3]);
            path.quadTo(c, current);
            lastQuadControl = c;
            break;
        }
        case 'T': {
            const bool smooth = previousUpper == 'Q' || previousUpper == 'T';
            const QPointF c = smooth ? reflect(lastQuadControl, current) : current;
            current = base + QPointF(a[0], a[1]);
            path.quadTo(c, current);
            lastQuadControl = c;
            break;
        }
        case 'Z':
            path.closeSubpath();
            current = subpathStart;
            break;
        }
        // S and T only reflect a control point when the command just executed had one.
        previous = QLatin1Char(upper);
    }

    SvgPathParseResult result;
    result.path = path;
    return result;
}

} // namespace unknot
