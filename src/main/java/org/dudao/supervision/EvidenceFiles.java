package org.dudao.supervision;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFiles extends JpaRepository<Evidence, Long> {

    /** The evidence of a finding without the file contents. */
    List<Info> findByFindingIdOrderById(Long findingId);

    interface Info {
        Long getId();

        Long getFindingId();

        String getFileName();

        String getContentType();

        long getSizeBytes();

        String getSha256();

        String getNote();

        Instant getUploadedAt();

        String getUploadedBy();
    }
}
