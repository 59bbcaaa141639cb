#include "core/auth/sodiuminit.h"

#include <QtGlobal>

#include <mutex>
#include <sodium.h>

namespace core::auth {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("core.auth: sodium_init() failed; refusing to run without a random source");
    });
}

}
