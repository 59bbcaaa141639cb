// Test peer for the Signal interop scripts (signal-*.mjs): one device running our adapter
// (wa::signal over libsignal-protocol-c, memory stores), driven over stdin/stdout with one
// JSON object per line so a Node process running the reference implementation
// (libsignal-node for sessions, Baileys' group cipher for sender keys) can talk to it.
//
//   signal_tool <seed>        keys are derived from the seed (DeterministicRandom)
//
// Requests (binary values are hex):
//   {"op":"bundle"}                                        -> our pre-key bundle
//   {"op":"build","name","device","bundle":{...}}         -> session from a peer's bundle
//   {"op":"encrypt","name","device","pt"}                  -> {"type":"pkmsg"|"msg","data"}
//   {"op":"decrypt","name","device","type","data"}         -> {"pt"}
//   {"op":"group-create","group","name","device"}          -> {"skdm"}
//   {"op":"group-process","group","name","device","skdm"}
//   {"op":"group-encrypt","group","name","device","pt"}    -> {"data"}
//   {"op":"group-decrypt","group","name","device","data"}  -> {"pt"}
// Replies: {"event":"ok",...} or {"event":"failed","code","detail"} for a refused input;
// {"event":"error"} only for a broken request (the script treats that as fatal).
#include "wa/crypto/randomsource.h"
#include "wa/signal/groupcipher.h"
#include "wa/signal/sessionbuilder.h"
#include "wa/signal/sessioncipher.h"
#include "wa/store/keygen.h"
#include "wa/store/memorystore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <memory>
#include <string>

using namespace wa;

namespace {

void writeLine(const QJsonObject &object)
{
    std::cout << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray unhex(const QJsonValue &value)
{
    return QByteArray::fromHex(value.toString().toLatin1());
}

QJsonObject failed(const signal::Error &error)
{
    return {{"event", "failed"}, {"code", signal::errorCodeName(error.code)}, {"detail", error.detail}};
}

class Device
{
public:
    explicit Device(const QByteArray &seed)
        : m_random(seed)
        , m_credentials(store::generateDeviceCredentials(m_random).value())
    {
        m_store.storeSignedPreKey(m_credentials.signedPreKey);
        store::generatePreKeys(m_store, 10, m_random);
        m_context = std::make_unique<signal::Context>(m_random);
        m_bridge = std::make_unique<signal::StoreBridge>(
            *m_context, signal::LocalIdentity {m_credentials.identityKey, m_credentials.registrationId},
            signal::Stores::of(m_store));
    }

    bool isValid() const { return m_bridge->isValid(); }

    QJsonObject handle(const QJsonObject &request)
    {
        const QString op = request.value("op").toString();
        const store::ProtocolAddress address {request.value("name").toString(),
                                              quint32(request.value("device").toInt())};
        const store::SenderKeyName senderKey {request.value("group").toString(), address};
        if (op == "bundle")
            return bundle();
        if (op == "build")
            return build(address, request.value("bundle").toObject());
        if (op == "encrypt") {
            auto sent = signal::SessionCipher(*m_bridge, address).encrypt(unhex(request.value("pt")));
            if (!sent)
                return failed(sent.error());
            return {{"event", "ok"}, {"type", sent->typeName()}, {"data", hex(sent->ciphertext)}};
        }
        if (op == "decrypt") {
            const auto type = signal::messageTypeFromName(request.value("type").toString());
            if (!type)
                return {{"event", "error"}, {"message", "unknown message type"}};
            return plaintext(signal::SessionCipher(*m_bridge, address).decrypt(*type, unhex(request.value("data"))));
        }
        if (op == "group-create") {
            auto skdm = signal::GroupCipher(*m_bridge, senderKey).createDistributionMessage();
            if (!skdm)
                return failed(skdm.error());
            return {{"event", "ok"}, {"skdm", hex(*skdm)}};
        }
        if (op == "group-process") {
            signal::GroupCipher cipher(*m_bridge, senderKey);
            auto processed = cipher.processDistributionMessage(unhex(request.value("skdm")));
            if (!processed)
                return failed(processed.error());
            return {{"event", "ok"}};
        }
        if (op == "group-encrypt") {
            auto skmsg = signal::GroupCipher(*m_bridge, senderKey).encrypt(unhex(request.value("pt")));
            if (!skmsg)
                return failed(skmsg.error());
            return {{"event", "ok"}, {"data", hex(*skmsg)}};
        }
        if (op == "group-decrypt")
            return plaintext(signal::GroupCipher(*m_bridge, senderKey).decrypt(unhex(request.value("data"))));
        return {{"event", "error"}, {"message", "unknown op " + op}};
    }

private:
    static QJsonObject plaintext(const signal::Result<QByteArray> &result)
    {
        if (!result)
            return failed(result.error());
        return {{"event", "ok"}, {"pt", hex(*result)}};
    }

    QJsonObject bundle() const
    {
        const auto preKey = m_store.loadPreKey(1);
        QJsonObject reply {{"event", "ok"},
                           {"registrationId", int(m_credentials.registrationId)},
                           {"identity", hex(m_credentials.identityKey.publicKey)},
                           {"signedPreKeyId", int(m_credentials.signedPreKey.id)},
                           {"signedPreKey", hex(m_credentials.signedPreKey.keyPair.publicKey)},
                           {"signature", hex(m_credentials.signedPreKey.signature)}};
        if (preKey) {
            reply.insert("preKeyId", int(preKey->id));
            reply.insert("preKey", hex(preKey->keyPair.publicKey));
        }
        return reply;
    }

    QJsonObject build(const store::ProtocolAddress &address, const QJsonObject &json)
    {
        signal::PreKeyBundle bundle;
        bundle.registrationId = quint32(json.value("registrationId").toInt());
        bundle.deviceId = address.deviceId;
        if (json.contains("preKeyId")) {
            bundle.preKeyId = quint32(json.value("preKeyId").toInt());
            bundle.preKeyPublic = unhex(json.value("preKey"));
        }
        bundle.signedPreKeyId = quint32(json.value("signedPreKeyId").toInt());
        bundle.signedPreKeyPublic = unhex(json.value("signedPreKey"));
        bundle.signedPreKeySignature = unhex(json.value("signature"));
        bundle.identityKey = unhex(json.value("identity"));
        auto built = signal::SessionBuilder(*m_bridge, address).process(bundle);
        if (!built)
            return failed(built.error());
        return {{"event", "ok"}};
    }

    crypto::DeterministicRandom m_random;
    store::MemoryStore m_store;
    store::DeviceCredentials m_credentials;
    std::unique_ptr<signal::Context> m_context;
    std::unique_ptr<signal::StoreBridge> m_bridge;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        writeLine({{"event", "error"}, {"message", "usage: signal_tool <seed>"}});
        return 2;
    }
    Device device {QByteArray(argv[1])};
    if (!device.isValid()) {
        writeLine({{"event", "error"}, {"message", "could not set up the signal context"}});
        return 1;
    }
    writeLine({{"event", "ready"}});
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line));
        if (!doc.isObject()) {
            writeLine({{"event", "error"}, {"message", "unparseable input line"}});
            return 1;
        }
        writeLine(device.handle(doc.object()));
    }
    return 0;
}
