-- Demo mode only: one account per role, all with the password "throughline-demo"
-- (PBKDF2-HMAC-SHA256, 600,000 iterations, a salt of its own each).
INSERT INTO account (email, display_name, password_hash, created_at) VALUES
    ('admin@demo.test',      'Alex Morgan',      'PBKDF2WithHmacSHA256:600000:Tcg44F2WtDoChzcJpuFzpw==:AEyBelbY6pAdgUFomCujlPgz+ZKi3lMwBeqO/seRluE=', UTC_TIMESTAMP(6)),
    ('coach@demo.test',      'Sam Okafor',       'PBKDF2WithHmacSHA256:600000:NVpDEIdHZUbg7qyjEFbQ1w==:xkfb+aW9gtJVMdkmmdGPQ8rQ0kB0PpHLqnC9srkSk6k=', UTC_TIMESTAMP(6)),
    ('coach2@demo.test',     'Priya Raman',      'PBKDF2WithHmacSHA256:600000:aieEjmjAaw1XXKoNX+nOwQ==:GzcW4aLidMB0Pb9ZhsM3CIj6A1A0cj3l958ymlhHkEI=', UTC_TIMESTAMP(6)),
    ('supervisor@demo.test', 'Jordan Lindqvist', 'PBKDF2WithHmacSHA256:600000:IbV+x4MfB3gfDu4nJfIthg==:ezEww+OvNqZBai6PZFdF2FPE0Z+qT3BYC/MUnSnjcNg=', UTC_TIMESTAMP(6)),
    ('lead@demo.test',       'Maria Castellano', 'PBKDF2WithHmacSHA256:600000:hSAkcEEugjX/uytprpCgOg==:Ox72ZKY23MNQ383DzEwIv/ppjAgTcmnMW6bB2DcRjSs=', UTC_TIMESTAMP(6));

INSERT INTO account_role (account_id, role)
SELECT id, 'ADMIN' FROM account WHERE email = 'admin@demo.test'
UNION ALL SELECT id, 'COACH' FROM account WHERE email IN ('coach@demo.test', 'coach2@demo.test', 'lead@demo.test')
UNION ALL SELECT id, 'SUPERVISOR' FROM account WHERE email IN ('supervisor@demo.test', 'lead@demo.test');
