package org.dudao.escalation;

import java.util.Objects;

import jakarta.persistence.Embeddable;

/** A person held accountable: name and post. */
@Embeddable
class Person {

    private String name;
    private String post;

    protected Person() {
    }

    Person(String name, String post) {
        this.name = name;
        this.post = post;
    }

    String getName() {
        return name;
    }

    String getPost() {
        return post;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person other && Objects.equals(name, other.name) && Objects.equals(post, other.post);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, post);
    }

    @Override
    public String toString() {
        return post == null ? name : name + "（" + post + "）";
    }
}
