-- Webhook signing secrets are kept sealed at rest (AES-256-GCM under fairpact.webhooks.secret-key:
-- "sealed.v1." and the base64 of nonce, ciphertext and tag, about 110 characters) or, without a
-- key, as issued (whsec_<base64>, 50 characters).
ALTER TABLE webhook ALTER COLUMN secret TYPE varchar(200);
