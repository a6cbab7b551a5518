package org.consilium.notice;

/** How a user wants to be mailed of what they are told. */
public enum MailChoice {
    /** Each notice as it comes. */
    INSTANT,
    /** One message a day with the day's notices. */
    DIGEST,
    /** No mail; the bell only. */
    NONE;

    public String messageKey() {
        return "notice.mail." + name();
    }
}
