#pragma once
// Persistence of one device's DeviceCredentials. Writes report failure with false so the
// caller can refuse to continue with state it could not keep.
#include "devicecredentials.h"

#include <optional>

namespace wa::store {

class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    virtual std::optional<DeviceCredentials> loadCredentials() const = 0;
    virtual bool saveCredentials(const DeviceCredentials &credentials) = 0;
    // Forgets the device (logout); the next start generates fresh credentials.
    virtual bool clearCredentials() = 0;
};

} // namespace wa::store
