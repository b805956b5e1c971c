package org.dudao.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One person a notice goes to, by email; each recipient gets a message of their own. */
public record Recipient(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull RecipientRole role) {

    public static Recipient of(RecipientRole role, String name, String email) {
        return new Recipient(name, email, role);
    }
}
