package com.reportflow.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<StoredDay, LocalDate> {

    List<StoredDay> findAllByOrderByDateAsc();

    List<StoredDay> findByDateBetweenOrderByDateAsc(LocalDate first, LocalDate last);

    boolean existsByDateBetween(LocalDate first, LocalDate last);
}
