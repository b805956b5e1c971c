package org.dudao.inspector;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Assignments extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findBySchoolId(Long schoolId);

    List<Assignment> findByInspectorId(Long inspectorId);
}
