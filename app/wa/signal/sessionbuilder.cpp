#include "sessionbuilder.h"

#include "keyconversion_p.h"
#include "libraryaddress_p.h"

#include <session_builder.h>
#include <session_pre_key.h>

namespace wa::signal {

using detail::Ref;

SessionBuilder::SessionBuilder(StoreBridge &bridge, store::ProtocolAddress remote)
    : m_bridge(bridge)
    , m_remote(std::move(remote))
{
}

Result<void> SessionBuilder::process(const PreKeyBundle &bundle)
{
    if (!m_bridge.isValid())
        return Error {ErrorCode::InvalidArgument, QStringLiteral("store bridge is not usable"), 0};
    if (m_remote.name.isEmpty())
        return Error {ErrorCode::InvalidArgument, QStringLiteral("empty address name"), 0};
    signal_context *context = m_bridge.context().raw();
    Ref<ec_public_key> identity = detail::decodePublicKey(context, bundle.identityKey);
    Ref<ec_public_key> signedPreKey = detail::decodePublicKey(context, bundle.signedPreKeyPublic);
    Ref<ec_public_key> preKey;
    if (bundle.preKeyId) {
        preKey = detail::decodePublicKey(context, bundle.preKeyPublic);
        if (!preKey)
            return Error {ErrorCode::InvalidKey, QStringLiteral("malformed one-time pre-key"), 0};
    }
    if (!identity || !signedPreKey)
        return Error {ErrorCode::InvalidKey, QStringLiteral("malformed identity or signed pre-key"), 0};
    if (bundle.signedPreKeySignature.size() != 64)
        return Error {ErrorCode::InvalidKey, QStringLiteral("signed pre-key signature is not 64 bytes"), 0};

    Ref<session_pre_key_bundle> libraryBundle;
    int rc = session_pre_key_bundle_create(
        libraryBundle.out(), bundle.registrationId, int(bundle.deviceId), bundle.preKeyId.value_or(0), preKey.get(),
        bundle.signedPreKeyId, signedPreKey.get(),
        reinterpret_cast<const uint8_t *>(bundle.signedPreKeySignature.constData()),
        size_t(bundle.signedPreKeySignature.size()), identity.get());
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("pre-key bundle"));

    const detail::LibraryAddress address(m_remote);
    session_builder *builder = nullptr;
    rc = session_builder_create(&builder, m_bridge.raw(), address.get(), context);
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("session builder"));
    rc = session_builder_process_pre_key_bundle(builder, libraryBundle.get());
    session_builder_free(builder);
    if (rc != 0)
        return errorFromLibrary(rc, QStringLiteral("processing pre-key bundle"));
    return {};
}

} // namespace wa::signal
