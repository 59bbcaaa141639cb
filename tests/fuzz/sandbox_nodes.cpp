// libFuzzer target: the sandbox receiving arbitrary nodes from a logged-in companion device. The
// input is a binary node as it arrives in a transport frame (flag byte first); whatever decodes
// is handled exactly as the connection would hand it over. Nothing may crash, and the server's
// state must stay bounded (mailboxes, groups, media auth tokens are capped).
#include "sandbox/devicesession.h"
#include "sandbox/phonebook.h"
#include "sandbox/sandboxserver.h"
#include "wa/binary/decoder.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

namespace {
struct World {
    QCoreApplication *app = nullptr;
    sandbox::SandboxServer *server = nullptr;
    sandbox::DeviceSession *session = nullptr;
};

World &world()
{
    static World w = [] {
        World x;
        static int argc = 1;
        static char name[] = "fuzz_sandbox_nodes";
        static char *argv[] = {name, nullptr};
        x.app = new QCoreApplication(argc, argv);
        x.server = new sandbox::SandboxServer;
        QString error;
        if (!x.server->start({}, &error))
            std::abort();
        // Two accounts; the first has a linked companion (device 1) that sends the nodes.
        x.server->addPhone(QStringLiteral("5511900000001"), QStringLiteral("A"));
        x.server->addPhone(QStringLiteral("5511900000002"), QStringLiteral("B"));
        sandbox::CompanionDevice companion;
        companion.deviceId = 1;
        companion.keyIndex = 1;
        x.server->phones().find(QStringLiteral("5511900000001"))->devices.append(companion);
        x.session = new sandbox::DeviceSession(*x.server, QStringLiteral("5511900000001"), 1);
        return x;
    }();
    return w;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("wa.*=false\nsandbox.*=false"));
    world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    const auto node = wa::binary::Decoder().decodeFrame(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (node)
        w.session->handleNode(node.value());
    if (w.server->groups().size() > sandbox::GroupBook::MaxGroups || w.server->router().queueDepth() > 4 * sandbox::Router::MaxQueuedPerDevice)
        std::abort();
    return 0;
}
