package org.dudao.supervision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Cases extends JpaRepository<SupervisionCase, Long>, JpaSpecificationExecutor<SupervisionCase> {
}
