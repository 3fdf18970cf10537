package com.reportflow.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<StoredTemplate, Long> {

    List<StoredTemplate> findAllByOrderByNameAsc();

    Optional<StoredTemplate> findByName(String name);
}
