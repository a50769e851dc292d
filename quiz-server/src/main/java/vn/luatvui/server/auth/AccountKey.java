package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's account key: signs device cookies (HMAC-SHA256) and encrypts TOTP secrets
 * (AES-256-GCM), each under a key of its own derived from it. It is ACCOUNT_SECRET_KEY when set
 * (keeps it out of database backups), else a random key made once and kept in PostgreSQL, so that
 * every server instance shares it.
 */
public final class AccountKey {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 12;

  private final byte[] signing;
  private final byte[] encryption;

  AccountKey(byte[] master) {
    this.signing = derive(master, "device-cookie");
    this.encryption = derive(master, "totp-secret");
  }

  /** The key from the configuration, or the database's (made on first use). */
  public static Future<AccountKey> load(Pool pool, Optional<byte[]> configured) {
    if (configured.isPresent()) {
      return Future.succeededFuture(new AccountKey(configured.get()));
    }
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    return pool.preparedQuery("INSERT INTO account_key (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING")
        .execute(Tuple.of(Buffer.buffer(fresh)))
        .compose(x -> pool.query("SELECT secret FROM account_key WHERE id = 1").execute())
        .map(rows -> new AccountKey(rows.iterator().next().getBuffer(0).getBytes()));
  }

  /** HMAC-SHA256 of the text under the signing key. */
  public byte[] sign(String text) {
    return hmac(signing, text.getBytes(StandardCharsets.UTF_8));
  }

  /** AES-GCM: a random nonce followed by the ciphertext and its tag. */
  public byte[] encrypt(byte[] plain) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(encryption, "AES"), new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain bytes of {@link #encrypt}'s output; fails when it was changed or sealed under another key. */
  public byte[] decrypt(byte[] sealed) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(encryption, "AES"),
          new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A TOTP secret cannot be decrypted with this server's account key", e);
    }
  }

  private static byte[] derive(byte[] master, String label) {
    return Arrays.copyOf(hmac(master, label.getBytes(StandardCharsets.UTF_8)), 32);
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
