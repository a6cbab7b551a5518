package org.consilium.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<TaskNote, Long> {
}
