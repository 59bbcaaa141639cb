#include "wa/client/pairingcodeflow.h"

#include "wa/client/pairingcodeexchange.h"

namespace wa::client {

using binary::Node;

PairingCodeFlow::PairingCodeFlow(QString phoneNumber, QString code, crypto::KeyPair ephemeral)
    : m_phoneJid(phoneNumber + QStringLiteral("@s.whatsapp.net")), m_code(std::move(code)), m_ephemeral(std::move(ephemeral))
{
}

std::optional<Node> PairingCodeFlow::hello(const QByteArray &noisePublic, const QString &platformId, const QString &platformDisplay) const
{
    const auto h = buildCompanionHello(m_code, m_ephemeral.publicKey, noisePublic, platformId, platformDisplay);
    if (!h)
        return std::nullopt;
    Node reg("link_code_companion_reg",
             {{"jid", m_phoneJid.toStdString()}, {"stage", "companion_hello"}, {"should_show_push_notification", "true"}},
             std::vector<Node>{Node("link_code_pairing_wrapped_companion_ephemeral_pub", {}, h->wrappedCompanionEphemeralPublic),
                               Node("companion_server_auth_key_pub", {}, h->companionServerAuthKeyPublic),
                               Node("companion_platform_id", {}, QByteArrayView(h->platformId.toUtf8())),
                               Node("companion_platform_display", {}, QByteArrayView(h->platformDisplay.toUtf8())),
                               Node("link_code_pairing_nonce", {}, h->nonce)});
    return Node("iq", {{"xmlns", "md"}, {"type", "set"}}, std::vector<Node>{std::move(reg)});
}

std::optional<PairingCodeFlow::Finish> PairingCodeFlow::finish(const Node &notification, const crypto::KeyPair &identity,
                                                               QString *error) const
{
    const Node *reg = notification.child("link_code_companion_reg");
    const Node *ref = reg ? reg->child("link_code_pairing_ref") : nullptr;
    const Node *wrapped = reg ? reg->child("link_code_pairing_wrapped_primary_ephemeral_pub") : nullptr;
    const Node *primaryIdentity = reg ? reg->child("primary_identity_pub") : nullptr;
    if (!ref || !wrapped || !primaryIdentity) {
        *error = QStringLiteral("the pairing notification lacks its ref, key or identity");
        return std::nullopt;
    }
    const auto f = buildCompanionFinish(m_code, m_ephemeral, identity, wrapped->bytes(), primaryIdentity->bytes());
    if (!f) {
        *error = QStringLiteral("the phone's pairing keys do not decrypt: %1").arg(f.error().toString());
        return std::nullopt;
    }
    Node finishReg("link_code_companion_reg", {{"jid", m_phoneJid.toStdString()}, {"stage", "companion_finish"}},
                   std::vector<Node>{Node("link_code_pairing_wrapped_key_bundle", {}, f->wrappedKeyBundle),
                                     Node("companion_identity_public", {}, f->companionIdentityPublic),
                                     Node("link_code_pairing_ref", {}, ref->bytes())});
    return Finish{Node("iq", {{"xmlns", "md"}, {"type", "set"}}, std::vector<Node>{std::move(finishReg)}), f->advSecret};
}

} // namespace wa::client
