// Inserts a card with innerHTML after the script has defined the elements.
document.getElementById('later').innerHTML =
  '<intake-contact-card id="after" name="Centro Después" phone="425-555-0111" hours="24/7" lang="en"></intake-contact-card>';
