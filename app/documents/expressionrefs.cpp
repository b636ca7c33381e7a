#include "expressionrefs.h"

namespace ExpressionRefs {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isIdentPart(QChar c)
{
    return isIdentStart(c) || c.isDigit();
}

struct Token {
    enum Kind { Name, Number, Punct, Literal } kind;   // Literal: string, template, regex
    QString text;
};

// Skips a quoted string starting at i (the quote); returns the index after it.
int skipQuoted(const QString &s, int i)
{
    const QChar quote = s.at(i);
    for (++i; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\'))
            ++i;
        else if (s.at(i) == quote)
            return i + 1;
    }
    return i;
}

// A '/' starts a regex literal unless it follows something that ends an operand.
bool slashStartsRegex(const QList<Token> &tokens)
{
    if (tokens.isEmpty())
        return true;
    const Token &t = tokens.last();
    if (t.kind == Token::Number || t.kind == Token::Literal)
        return false;
    if (t.kind == Token::Name)
        return keywords().contains(t.text) && t.text != QLatin1String("this") && t.text != QLatin1String("true")
            && t.text != QLatin1String("false") && t.text != QLatin1String("null");
    return t.text != QLatin1String(")") && t.text != QLatin1String("]") && t.text != QLatin1String("}");
}

QList<Token> tokenise(const QString &s)
{
    QList<Token> tokens;
    int i = 0;
    const int n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && s.at(i + 1) == QLatin1Char('/')) {
            while (i < n && s.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && s.at(i + 1) == QLatin1Char('*')) {
            const int end = s.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            i = skipQuoted(s, i);
            tokens.append({Token::Literal, QString()});
        } else if (c == QLatin1Char('`')) {
            // Template literal: the text is skipped, the ${…} parts are scanned as code.
            ++i;
            QString code;
            while (i < n && s.at(i) != QLatin1Char('`')) {
                if (s.at(i) == QLatin1Char('\\')) {
                    i += 2;
                } else if (s.at(i) == QLatin1Char('$') && i + 1 < n && s.at(i + 1) == QLatin1Char('{')) {
                    int depth = 1;
                    i += 2;
                    const int start = i;
                    while (i < n && depth > 0) {
                        if (s.at(i) == QLatin1Char('{'))
                            ++depth;
                        else if (s.at(i) == QLatin1Char('}'))
                            --depth;
                        ++i;
                    }
                    code += QLatin1Char('(') + s.mid(start, i - start - 1) + QLatin1String(");");
                } else {
                    ++i;
                }
            }
            ++i;
            tokens.append({Token::Literal, QString()});
            if (!code.isEmpty())
                tokens += tokenise(code);
        } else if (c == QLatin1Char('/') && slashStartsRegex(tokens)) {
            bool inClass = false;
            for (++i; i < n; ++i) {
                const QChar r = s.at(i);
                if (r == QLatin1Char('\\'))
                    ++i;
                else if (r == QLatin1Char('['))
                    inClass = true;
                else if (r == QLatin1Char(']'))
                    inClass = false;
                else if (r == QLatin1Char('/') && !inClass)
                    break;
            }
            ++i;
            while (i < n && isIdentPart(s.at(i)))   // flags
                ++i;
            tokens.append({Token::Literal, QString()});
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && s.at(i + 1).isDigit())) {
            const int start = i;
            while (i < n && (isIdentPart(s.at(i)) || s.at(i) == QLatin1Char('.')))
                ++i;
            tokens.append({Token::Number, s.mid(start, i - start)});
        } else if (isIdentStart(c)) {
            const int start = i;
            while (i < n && isIdentPart(s.at(i)))
                ++i;
            tokens.append({Token::Name, s.mid(start, i - start)});
        } else if (c == QLatin1Char('=') && i + 1 < n && s.at(i + 1) == QLatin1Char('>')) {
            tokens.append({Token::Punct, QStringLiteral("=>")});
            i += 2;
        } else if (c == QLatin1Char('?') && i + 1 < n && s.at(i + 1) == QLatin1Char('.') && !(i + 2 < n && s.at(i + 2).isDigit())) {
            tokens.append({Token::Punct, QStringLiteral(".")});   // optional chaining: a?.b
            i += 2;
        } else {
            tokens.append({Token::Punct, QString(c)});
            ++i;
        }
    }
    return tokens;
}

bool isPunct(const QList<Token> &t, int i, const char *p)
{
    return i >= 0 && i < t.size() && t.at(i).kind == Token::Punct && t.at(i).text == QLatin1String(p);
}

// Index of the bracket matching the one at open, or -1.
int matching(const QList<Token> &t, int open)
{
    const QString o = t.at(open).text;
    const QString c = o == QLatin1String("(") ? QStringLiteral(")") : o == QLatin1String("[") ? QStringLiteral("]") : QStringLiteral("}");
    int depth = 0;
    for (int i = open; i < t.size(); ++i) {
        if (t.at(i).kind != Token::Punct)
            continue;
        if (t.at(i).text == o)
            ++depth;
        else if (t.at(i).text == c && --depth == 0)
            return i;
    }
    return -1;
}

void declareRange(const QList<Token> &t, int from, int to, QSet<QString> *declared)
{
    for (int i = from; i <= to && i < t.size(); ++i) {
        if (t.at(i).kind == Token::Name && !isPunct(t, i - 1, "."))
            declared->insert(t.at(i).text);
    }
}

QSet<QString> localDeclarations(const QList<Token> &t)
{
    QSet<QString> declared;
    for (int i = 0; i < t.size(); ++i) {
        const Token &tok = t.at(i);
        if (tok.kind == Token::Name && isPunct(t, i + 1, "=>")) {
            declared.insert(tok.text);   // x => …
        } else if (isPunct(t, i, ")") && isPunct(t, i + 1, "=>")) {
            int depth = 0;               // (a, b = 1, {c}) => …: back to the opening parenthesis
            for (int j = i; j >= 0; --j) {
                if (isPunct(t, j, ")"))
                    ++depth;
                else if (isPunct(t, j, "(") && --depth == 0) {
                    declareRange(t, j, i, &declared);
                    break;
                }
            }
        } else if (tok.kind == Token::Name
                   && (tok.text == QLatin1String("function") || tok.text == QLatin1String("catch"))) {
            int j = i + 1;
            if (j < t.size() && t.at(j).kind == Token::Name)
                declared.insert(t.at(j++).text);
            if (isPunct(t, j, "(")) {
                const int close = matching(t, j);
                declareRange(t, j, close < 0 ? t.size() - 1 : close, &declared);
            }
        } else if (tok.kind == Token::Name
                   && (tok.text == QLatin1String("var") || tok.text == QLatin1String("let") || tok.text == QLatin1String("const"))) {
            const int j = i + 1;
            if (j < t.size() && t.at(j).kind == Token::Name) {
                declared.insert(t.at(j).text);
            } else if (isPunct(t, j, "{") || isPunct(t, j, "[")) {
                const int close = matching(t, j);
                declareRange(t, j, close < 0 ? t.size() - 1 : close, &declared);
            }
        }
    }
    return declared;
}

} // namespace

const QSet<QString> &keywords()
{
    static const QSet<QString> words = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"), QStringLiteral("this"),
        QStringLiteral("typeof"), QStringLiteral("instanceof"), QStringLiteral("in"), QStringLiteral("of"),
        QStringLiteral("new"), QStringLiteral("void"), QStringLiteral("delete"), QStringLiteral("function"),
        QStringLiteral("return"), QStringLiteral("if"), QStringLiteral("else"), QStringLiteral("var"),
        QStringLiteral("let"), QStringLiteral("const"), QStringLiteral("for"), QStringLiteral("while"),
        QStringLiteral("do"), QStringLiteral("break"), QStringLiteral("continue"), QStringLiteral("switch"),
        QStringLiteral("case"), QStringLiteral("default"), QStringLiteral("throw"), QStringLiteral("try"),
        QStringLiteral("catch"), QStringLiteral("finally"), QStringLiteral("class"), QStringLiteral("extends"),
        QStringLiteral("super"), QStringLiteral("with"), QStringLiteral("yield"), QStringLiteral("await"),
        QStringLiteral("async"), QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("debugger"),
        QStringLiteral("enum"), QStringLiteral("implements"), QStringLiteral("interface"), QStringLiteral("package"),
        QStringLiteral("private"), QStringLiteral("protected"), QStringLiteral("public"), QStringLiteral("static"),
        QStringLiteral("arguments"), QStringLiteral("get"), QStringLiteral("set")};
    return words;
}

const QSet<QString> &builtinGlobals()
{
    // As listed by Object.getOwnPropertyNames of a fresh Qt 6.4 QJSEngine's global object.
    static const QSet<QString> names = {
        QStringLiteral("Object"), QStringLiteral("String"), QStringLiteral("Symbol"), QStringLiteral("Number"),
        QStringLiteral("Boolean"), QStringLiteral("Array"), QStringLiteral("Function"), QStringLiteral("Date"),
        QStringLiteral("RegExp"), QStringLiteral("Error"), QStringLiteral("EvalError"), QStringLiteral("RangeError"),
        QStringLiteral("ReferenceError"), QStringLiteral("SyntaxError"), QStringLiteral("TypeError"),
        QStringLiteral("URIError"), QStringLiteral("Promise"), QStringLiteral("URL"), QStringLiteral("URLSearchParams"),
        QStringLiteral("SharedArrayBuffer"), QStringLiteral("ArrayBuffer"), QStringLiteral("DataView"),
        QStringLiteral("WeakSet"), QStringLiteral("Set"), QStringLiteral("WeakMap"), QStringLiteral("Map"),
        QStringLiteral("Int8Array"), QStringLiteral("Uint8Array"), QStringLiteral("Int16Array"),
        QStringLiteral("Uint16Array"), QStringLiteral("Int32Array"), QStringLiteral("Uint32Array"),
        QStringLiteral("Uint8ClampedArray"), QStringLiteral("Float32Array"), QStringLiteral("Float64Array"),
        QStringLiteral("Atomics"), QStringLiteral("Math"), QStringLiteral("JSON"), QStringLiteral("Reflect"),
        QStringLiteral("Proxy"), QStringLiteral("undefined"), QStringLiteral("NaN"), QStringLiteral("Infinity"),
        QStringLiteral("eval"), QStringLiteral("parseInt"), QStringLiteral("parseFloat"), QStringLiteral("isNaN"),
        QStringLiteral("isFinite"), QStringLiteral("decodeURI"), QStringLiteral("decodeURIComponent"),
        QStringLiteral("encodeURI"), QStringLiteral("encodeURIComponent"), QStringLiteral("escape"),
        QStringLiteral("unescape")};
    return names;
}

QStringList freeNames(const QString &expression)
{
    const QList<Token> t = tokenise(expression);
    const QSet<QString> declared = localDeclarations(t);
    QStringList out;
    QList<QString> brackets;   // open brackets, to tell an object key from a ternary branch
    for (int i = 0; i < t.size(); ++i) {
        const Token &tok = t.at(i);
        if (tok.kind == Token::Punct) {
            if (tok.text == QLatin1String("(") || tok.text == QLatin1String("[") || tok.text == QLatin1String("{"))
                brackets.append(tok.text);
            else if ((tok.text == QLatin1String(")") || tok.text == QLatin1String("]") || tok.text == QLatin1String("}"))
                     && !brackets.isEmpty())
                brackets.removeLast();
            continue;
        }
        if (tok.kind != Token::Name || keywords().contains(tok.text) || declared.contains(tok.text))
            continue;
        if (isPunct(t, i - 1, "."))
            continue;   // member: a.b
        const bool inObject = !brackets.isEmpty() && brackets.last() == QLatin1String("{");
        if (inObject && isPunct(t, i + 1, ":") && (isPunct(t, i - 1, "{") || isPunct(t, i - 1, ",")))
            continue;   // key: value
        if (!out.contains(tok.text))
            out << tok.text;
    }
    return out;
}

} // namespace ExpressionRefs
