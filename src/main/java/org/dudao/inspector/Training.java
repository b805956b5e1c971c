package org.dudao.inspector;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Pre-service or periodic professional training an inspector attended (§15). */
@Entity
@Table(name = "inspector_training")
class Training {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspector_id")
    private Inspector inspector;
    private LocalDate heldOn;
    private String title;
    private Integer hours;
    private String provider;

    protected Training() {
    }

    Training(Inspector inspector, LocalDate heldOn, String title, Integer hours, String provider) {
        this.inspector = inspector;
        this.heldOn = heldOn;
        this.title = title;
        this.hours = hours;
        this.provider = provider;
    }

    Long getId() {
        return id;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getTitle() {
        return title;
    }

    Integer getHours() {
        return hours;
    }

    String getProvider() {
        return provider;
    }

    @Override
    public String toString() {
        return "Training " + id + " " + heldOn + " " + title;
    }
}
