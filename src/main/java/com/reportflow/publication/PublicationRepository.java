package com.reportflow.publication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findAllByOrderByPublishDateDescReportIdDesc();
}
