-- Accounts of the people who sign in, their grants, and a log of every change to them.
CREATE TABLE account (
    username      text PRIMARY KEY,
    display_name  text NOT NULL,
    -- Spring Security's delegating format: {bcrypt}$2a$10$…
    password_hash text NOT NULL,
    enabled       boolean NOT NULL DEFAULT true,
    failed_sign_ins integer NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE account_grant (
    username text NOT NULL REFERENCES account ON DELETE CASCADE,
    role     text NOT NULL,
    -- an administrative code prefix; '' covers every district
    area     text NOT NULL,
    PRIMARY KEY (username, role, area)
);

CREATE TABLE account_change (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    by_user   text NOT NULL,
    username  text NOT NULL,
    change    text NOT NULL
);
CREATE INDEX account_change_username_idx ON account_change (username, at);
