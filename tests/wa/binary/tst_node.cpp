// Node model accessors and the token tables.
#include "wa/binary/node.h"
#include "wa/binary/tokens.h"

#include <QTest>

#include <set>

using namespace wa::binary;

class TestNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributes()
    {
        Node node("iq", {{"id", "1"}, {"type", "get"}});
        QCOMPARE(*node.attribute("type"), std::string("get"));
        QVERIFY(node.attribute("to") == nullptr);
        QCOMPARE(node.attributeOr("to", "none"), std::string_view("none"));
        node.setAttribute("type", "set");
        node.setAttribute("to", "@s.whatsapp.net");
        QCOMPARE(node.attributes().size(), std::size_t(3));
        QCOMPARE(node.attributes()[1].value, std::string("set"));
        QCOMPARE(node.attributes()[2].key, std::string("to"));
        node.addAttribute("to", "x");
        QCOMPARE(node.attributes().size(), std::size_t(4));
        QCOMPARE(*node.attribute("to"), std::string("@s.whatsapp.net"));
    }

    void contentSwitches()
    {
        Node node("x");
        QCOMPARE(node.contentKind(), ContentKind::None);
        QVERIFY(!node.hasContent());
        node.setBytes("abc");
        QCOMPARE(node.contentKind(), ContentKind::Bytes);
        node.setText("hello");
        QCOMPARE(node.contentKind(), ContentKind::Text);
        QCOMPARE(node.text(), std::string_view("hello"));
        node.addChild(Node("a")).addAttribute("k", "v");
        QCOMPARE(node.contentKind(), ContentKind::Children);
        QVERIFY(node.bytes().isEmpty());
        QCOMPARE(*node.child("a")->attribute("k"), std::string("v"));
        QVERIFY(node.child("b") == nullptr);
        node.clearContent();
        QCOMPARE(node.contentKind(), ContentKind::None);
        QVERIFY(node.children().empty());
    }

    void equality()
    {
        Node a("x");
        Node b("x");
        QVERIFY(a == b);
        b.setChildren({});
        QVERIFY(a != b); // an empty list is content
        a.setBytes(QByteArray());
        QVERIFY(a != b);
        b.setText("");
        QVERIFY(a != b); // same payload, different wire form
    }

    void tokenTables()
    {
        QCOMPARE(tokens::kSingleByte.size(), std::size_t(236));
        QVERIFY(tokens::kSingleByte[0].empty());
        QCOMPARE(tokens::kSingleByte[3], std::string_view("s.whatsapp.net"));
        QCOMPARE(tokens::kSingleByte[230], std::string_view("device-identity"));
        std::set<std::string_view> seen;
        for (std::size_t i = 1; i < tokens::kSingleByte.size(); ++i) {
            tokens::TokenRef ref;
            QVERIFY(tokens::lookup(tokens::kSingleByte[i], ref));
            QCOMPARE(ref.dict, -1);
            QCOMPARE(std::size_t(ref.index), i);
            QVERIFY(seen.insert(tokens::kSingleByte[i]).second);
        }
        for (std::size_t d = 0; d < tokens::kDoubleByte.size(); ++d) {
            for (std::size_t i = 0; i < tokens::kDoubleByte[d].size(); ++i) {
                tokens::TokenRef ref;
                QVERIFY(tokens::lookup(tokens::kDoubleByte[d][i], ref));
                QCOMPARE(ref.dict, int(d));
                QCOMPARE(std::size_t(ref.index), i);
                QVERIFY(seen.insert(tokens::kDoubleByte[d][i]).second);
            }
        }
        QCOMPARE(seen.size(), std::size_t(235 + 1024));
        tokens::TokenRef ref;
        QVERIFY(!tokens::lookup("", ref));
        QVERIFY(!tokens::lookup("newsletter", ref));
        QVERIFY(!tokens::lookup("constructor", ref));
    }
};

QTEST_APPLESS_MAIN(TestNode)
#include "tst_node.moc"
