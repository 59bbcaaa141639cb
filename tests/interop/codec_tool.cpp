// Bridge between our binary codec and the interop scripts. Line-oriented so one process handles a
// whole corpus:
//   codec_tool encode [--out-dir DIR]    JSON node per line  -> hex frame per line (or "ERR code")
//   codec_tool decode [--allow-trailing] hex frame per line  -> JSON node per line (or "ERR code")
// JSON node: {"tag": s, "attrs": [[k, v], ...], "content": absent | {"bytes": hex} | {"text": s} |
// [node, ...]}. Attributes are pairs, not an object, so that order and duplicates survive.
// --out-dir also writes each encoded frame to DIR/node-NNNN.bin (seed corpus for the fuzzer).
#include "wa/binary/decoder.h"
#include "wa/binary/encoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

using namespace wa::binary;

namespace {

std::string utf8(const QJsonValue &value)
{
    return value.toString().toStdString();
}

std::optional<Node> nodeFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Node node(utf8(object.value(QLatin1String("tag"))));
    for (const QJsonValue &pair : object.value(QLatin1String("attrs")).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2)
            return std::nullopt;
        node.addAttribute(utf8(kv[0]), utf8(kv[1]));
    }
    const QJsonValue content = object.value(QLatin1String("content"));
    if (content.isArray()) {
        std::vector<Node> children;
        for (const QJsonValue &child : content.toArray()) {
            std::optional<Node> parsed = nodeFromJson(child);
            if (!parsed)
                return std::nullopt;
            children.push_back(std::move(*parsed));
        }
        node.setChildren(std::move(children));
    } else if (content.isObject()) {
        const QJsonObject c = content.toObject();
        if (c.contains(QLatin1String("bytes")))
            node.setBytes(QByteArray::fromHex(c.value(QLatin1String("bytes")).toString().toLatin1()));
        else
            node.setText(utf8(c.value(QLatin1String("text"))));
    }
    return node;
}

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

QJsonObject nodeToJson(const Node &node)
{
    QJsonObject object;
    object.insert(QLatin1String("tag"), text(node.tag()));
    QJsonArray attrs;
    for (const Attribute &attr : node.attributes())
        attrs.append(QJsonArray{text(attr.key), text(attr.value)});
    object.insert(QLatin1String("attrs"), attrs);
    switch (node.contentKind()) {
    case ContentKind::None:
        break;
    case ContentKind::Bytes:
        object.insert(QLatin1String("content"),
                      QJsonObject{{QLatin1String("bytes"), QString::fromLatin1(node.toByteArray().toHex())}});
        break;
    case ContentKind::Text:
        object.insert(QLatin1String("content"), QJsonObject{{QLatin1String("text"), text(node.text())}});
        break;
    case ContentKind::Children: {
        QJsonArray children;
        for (const Node &child : node.children())
            children.append(nodeToJson(child));
        object.insert(QLatin1String("content"), children);
        break;
    }
    }
    return object;
}

std::string errorLine(const Error &error)
{
    return std::string("ERR ") + errorCodeName(error.code) + ' ' + std::to_string(error.offset);
}

int encodeLines(const QString &outDir)
{
    std::string line;
    int index = 0;
    while (std::getline(std::cin, line)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &parseError);
        std::optional<Node> node = nodeFromJson(doc.object());
        if (parseError.error != QJsonParseError::NoError || !node) {
            std::cout << "ERR bad_json 0\n";
            continue;
        }
        Result<QByteArray> frame = Encoder::encodeFrame(*node);
        if (!frame) {
            std::cout << errorLine(frame.error()) << '\n';
            continue;
        }
        std::cout << frame->toHex().toStdString() << '\n';
        if (!outDir.isEmpty()) {
            QFile file(QDir(outDir).filePath(QStringLiteral("node-%1.bin").arg(index, 4, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly) || file.write(*frame) != frame->size()) {
                std::cerr << "cannot write " << file.fileName().toStdString() << '\n';
                return 1;
            }
        }
        ++index;
    }
    return 0;
}

int decodeLines(bool allowTrailing)
{
    DecodeLimits limits;
    limits.allowTrailingBytes = allowTrailing;
    const Decoder decoder(limits);
    std::string line;
    while (std::getline(std::cin, line)) {
        Result<Node> node = decoder.decodeFrame(QByteArray::fromHex(QByteArray::fromStdString(line)));
        if (!node) {
            std::cout << errorLine(node.error()) << '\n';
            continue;
        }
        std::cout << QJsonDocument(nodeToJson(*node)).toJson(QJsonDocument::Compact).toStdString() << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::ios::sync_with_stdio(false);
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "encode") {
        QString outDir;
        if (argc > 3 && std::string(argv[2]) == "--out-dir") {
            outDir = QString::fromLocal8Bit(argv[3]);
            QDir().mkpath(outDir);
        }
        return encodeLines(outDir);
    }
    if (mode == "decode")
        return decodeLines(argc > 2 && std::string(argv[2]) == "--allow-trailing");
    std::cerr << "usage: codec_tool encode [--out-dir DIR] | decode [--allow-trailing]\n";
    return 2;
}
