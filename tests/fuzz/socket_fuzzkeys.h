#pragma once
// Fixed keys and a fixed certificate chain shared by the handshake fuzz targets, so every run
// is reproducible and the state machines can get past the key agreement.
#include "wa/crypto/curve25519.h"
#include "wa/crypto/randomsource.h"
#include "wa/socket/certchain.h"

struct FuzzKeys
{
    wa::crypto::KeyPair root;
    wa::crypto::KeyPair clientStatic;
    wa::crypto::KeyPair clientEphemeral;
    wa::crypto::KeyPair serverStatic;
    wa::crypto::KeyPair serverEphemeral;
    QByteArray chain;

    static const FuzzKeys &get()
    {
        static const FuzzKeys keys;
        return keys;
    }

private:
    FuzzKeys()
    {
        wa::crypto::DeterministicRandom random("fuzz keys");
        root = wa::crypto::generateKeyPair(random);
        clientStatic = wa::crypto::generateKeyPair(random);
        clientEphemeral = wa::crypto::generateKeyPair(random);
        serverStatic = wa::crypto::generateKeyPair(random);
        serverEphemeral = wa::crypto::generateKeyPair(random);
        wa::socket::CertIssueRequest request;
        request.rootPrivateKey = root.privateKey;
        request.serverStaticKey = serverStatic.publicKey;
        chain = *wa::socket::issueCertChain(request, random);
    }
};
