package org.dudao.supervision;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.dudao.audit.CaseLinked;

/** A file attached to a finding as evidence (photo, document, record). */
@Entity
@Table(name = "evidence")
class Evidence implements CaseLinked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long findingId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String note;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "longblob")
    private byte[] content;
    private Instant uploadedAt;
    private String uploadedBy;

    protected Evidence() {
    }

    Evidence(Long caseId, Long findingId, String fileName, String contentType, byte[] content, String sha256,
             String note, String uploadedBy) {
        this.caseId = caseId;
        this.findingId = findingId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.note = note;
        this.uploadedAt = Instant.now();
        this.uploadedBy = uploadedBy;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    Long getFindingId() {
        return findingId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    String getNote() {
        return note;
    }

    byte[] getContent() {
        return content;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    String getUploadedBy() {
        return uploadedBy;
    }
}
