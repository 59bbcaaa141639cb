#pragma once
// PasswordHasher: argon2id password hashes in libsodium's self-describing string format
// ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), so the parameters travel with each hash and can be
// raised later (needsRehash) without invalidating stored passwords.
#include <QString>

#include <cstddef>

namespace core::auth {

// Thread-safe: every method is const and the object holds only the cost parameters.
// hash() and verify() are deliberately slow (INTERACTIVE: ~64 MiB and tens to hundreds of ms), so
// call them off the main thread (e.g. QtConcurrent) in request handlers.
class PasswordHasher
{
public:
    struct Limits
    {
        unsigned long long opsLimit = 0;
        std::size_t memLimit = 0;

        // libsodium's INTERACTIVE limits: the production default.
        static Limits interactive();
        // libsodium's MIN limits: only for tests, where speed matters more than cost.
        static Limits minimum();
    };

    PasswordHasher();
    explicit PasswordHasher(Limits limits);

    // The argon2id hash string of the UTF-8 password, with a fresh random salt. Empty if libsodium
    // could not allocate the memory the limits ask for.
    QString hash(const QString &password) const;
    // True only if `hash` is a well-formed argon2 hash string that matches `password`. Garbage,
    // empty or over-long hash strings give false.
    bool verify(const QString &hash, const QString &password) const;
    // True if `hash` was made with other limits than this hasher's (or is not an argon2id hash at
    // all), so the caller should store hash(password) after the next successful verify().
    bool needsRehash(const QString &hash) const;

    Limits limits() const { return m_limits; }

private:
    Limits m_limits;
};

}
