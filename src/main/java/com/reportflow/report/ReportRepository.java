package com.reportflow.report;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findAllByOrderByYearDescIdDesc(Pageable pageable);

    List<Report> findByYearOrderByIdDesc(int year);

    @Query("select distinct r.year from Report r order by r.year desc")
    List<Integer> years();
}
